import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExtraSources } from '../../../cli/extra-sources';
import { parseArgs } from '../../../cli/args';
import { ROOT } from './fixtures';

const SOURCES = resolve(ROOT, 'tests/fixtures/sources');
const ARTICLE = resolve(ROOT, 'tests/fixtures/e2e/own-source.html');

function check(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'cli/check.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-sources-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('CLI --sources <dir>', () => {
  it('parses --sources (repeatable) and needs a directory', () => {
    expect(parseArgs(['--sources', 'a', '--sources', 'b', 'x.txt'])).toMatchObject({ sources: ['a', 'b'], paths: ['x.txt'] });
    expect(parseArgs(['x.txt'])).toMatchObject({ sources: [] });
    expect(parseArgs(['x.txt', '--sources'])).toEqual({ error: '--sources needs a directory' });
  });

  it('loads corpus-format files as imported statements with user- ids', () => {
    const statements = loadExtraSources(SOURCES);
    expect(statements.length).toBe(27);
    expect(new Set(statements.map((s) => s.origin))).toEqual(new Set(['imported']));
    expect(statements[0]!.id).toBe('user-2023-10-12-stoltenberg-synthetic-defence-ministers-press-conference:0000');
  });

  it('explains a bad source file, an empty folder and a missing folder', () => {
    const bad = tempDir({ 'x.txt': 'title: T\nspeaker: S\ndate: 2023-02-30\nkind: remarks\nurl: https://a.example/\n---\nSome text here.' });
    expect(() => loadExtraSources(bad)).toThrow(/x\.txt: invalid header \(date: not a real calendar date\)/);
    expect(() => loadExtraSources(tempDir({ 'notes.md': 'x' }))).toThrow(/no \.txt source files/);
    expect(() => loadExtraSources(join(tmpdir(), 'verbatim-no-such-dir'))).toThrow(/no such directory/);
  });

  it('turns "not in corpus" into a match flagged as the user’s source, end to end', () => {
    const without = check('--json', ARTICLE);
    expect(without.code).toBe(0);
    const before = JSON.parse(without.out.trim()).quotes.map((q: { match: { verdict: string } }) => q.match.verdict);
    expect(before).toEqual(['not-found', 'not-found']);
    const withSources = check('--json', '--sources', SOURCES, ARTICLE);
    expect(withSources.code).toBe(0);
    const after = JSON.parse(withSources.out.trim()).quotes.map((q: { match: { verdict: string; flags: string[]; statementId: string } }) => q.match);
    expect(after.map((m: { verdict: string }) => m.verdict)).toEqual(['verbatim', 'verbatim']);
    for (const m of after) {
      expect(m.flags).toContain('imported-source');
      expect(m.statementId).toMatch(/^user-/);
    }
  });

  it('says "your source" on the readable table’s source line', () => {
    const r = check('--sources', SOURCES, ARTICLE);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^ +your source: Jens Stoltenberg · 2023-10-12/m);
    expect(r.out).not.toMatch(/imported-source/);
    expect(check(ARTICLE).out).not.toMatch(/your source/);
  });

  it('exits 1 with the reason when a sources folder cannot be used', () => {
    const r = check('--sources', join(tmpdir(), 'verbatim-no-such-dir'), ARTICLE);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--sources .*no such directory/);
  });
});
