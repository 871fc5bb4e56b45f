import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../cli/args';
import { styleFor } from '../../../cli/style';
import { compactDiff, formatTable } from '../../../cli/table';
import { jsonMatch, type FileReport } from '../../../cli/report';
import { createMatcher } from '../../../lib/match';
import { PRESSER } from './helpers';

function check(...args: string[]) {
  const r = spawnSync('npx', ['tsx', 'cli/check.ts', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const MATCH_KEYS = ['verdict', 'score', 'flags', 'statementId', 'speaker', 'date', 'event', 'url', 'sourceText', 'attribution', 'diff'];

describe('npm run check', () => {
  it('prints one JSON object per file, in exactly the documented shape', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-check-'));
    writeFileSync(join(dir, 'a.txt'), '“NATO has acted with speed and unity to protect and defend all Allies,” Stoltenberg said.\n');
    writeFileSync(join(dir, 'b.htm'), '<p>Nothing quoted here.</p>');
    const r = check('--json', dir);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'a.txt'), join(dir, 'b.htm')]);
    for (const line of lines) expect(Object.keys(line)).toEqual(['file', 'quotes']);
    for (const q of lines[0].quotes) {
      expect(Object.keys(q)).toEqual(['text', 'start', 'end', 'kind', 'speaker', 'match']);
      if (q.match) expect(Object.keys(q.match)).toEqual(MATCH_KEYS);
    }
  }, 60_000);

  it('reports missing files and unsupported types on stderr with exit code 1, and still checks the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'verbatim-check-'));
    writeFileSync(join(dir, 'ok.txt'), 'No quotes.');
    writeFileSync(join(dir, 'notes.pdf'), '%PDF');
    const r = check(join(dir, 'missing.txt'), join(dir, 'notes.pdf'), join(dir, 'ok.txt'));
    expect(r.code).toBe(1);
    expect(r.err).toContain('missing.txt: no such file or directory');
    expect(r.err).toContain('notes.pdf: unsupported file type');
    expect(r.out).toContain('ok.txt');
  }, 60_000);

  it('shows help and rejects unknown options', () => {
    expect(check('--help')).toMatchObject({ code: 0 });
    expect(check('--help').out).toContain('Usage: npm run check');
    expect(check('--frobnicate', 'x.txt').code).toBe(2);
  }, 60_000);
});

describe('check output', () => {
  it('parses options', () => {
    expect(parseArgs(['--json', 'a.txt', '--corpus', 'c.json'])).toMatchObject({ paths: ['a.txt'], json: true, help: false, corpus: 'c.json' });
    expect(parseArgs([])).toEqual({ error: 'no input files or directories given' });
    expect(parseArgs(['--corpus'])).toEqual({ error: '--corpus needs a file path' });
  });

  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(styleFor({ isTTY: true }, {}).green('x')).toBe('\u001b[32mx\u001b[39m');
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' }).green('x')).toBe('x');
    expect(styleFor({ isTTY: false }, {}).green('x')).toBe('x');
  });

  it('prints a readable table with verdict, score, speaker, source and a compact diff', () => {
    const m = createMatcher(PRESSER).match('Putin must end this war, allow humanitarian aid and safe passage for civilians', 'Stoltenberg')!;
    const report: FileReport = {
      file: 'article.txt',
      quotes: [
        { text: 'Putin must end this war, allow humanitarian aid and safe passage for civilians', start: 0, end: 10, kind: 'statement', speaker: 'Stoltenberg', match: jsonMatch(m) },
        { text: 'pivotal', start: 20, end: 27, kind: 'term', speaker: null, match: null },
      ],
    };
    const plain = styleFor({ isTTY: false });
    const table = formatTable(report, 120, plain);
    expect(table).toContain('article.txt — 2 quotes: 1 close · 1 terms');
    expect(table).toMatch(/close\s+9\d%\s+Stoltenberg/);
    expect(table).toContain('source: Jens Stoltenberg · 2022-03-23 · Press conference presser · attribution agrees');
    expect(table).toContain('+“humanitarian”');
    expect(table).toContain('term: not checked');
    expect(compactDiff([{ op: 'same', quote: 'a', source: 'a' }], plain)).toBe('identical words');
  });
});
