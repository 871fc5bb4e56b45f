import { describe, expect, it } from 'vitest';
import { addSource, exportFileName, exportSources, mergeSources, parseSourcesFile, prefillFromText, type ImportedSource } from '../../../lib/sources';
import { transcriptFile, validForm } from './fixtures';

function twoSources(): ImportedSource[] {
  const p = prefillFromText(transcriptFile());
  const a = addSource([], { ...p.fields, text: p.text }, 1_700_000_000_000, 'transcript.txt');
  if (!a.ok) throw new Error('fixture');
  const b = addSource(a.list, validForm({
    speaker: 'Kaja Kallas; Jens Stoltenberg',
    place: '',
    text: 'Prime Minister Kallas: Welcome to Tallinn, Secretary General.\n\nSecretary General Stoltenberg: Thank you for hosting me today.',
  }), 1_700_000_100_000);
  if (!b.ok) throw new Error('fixture');
  return b.list;
}

describe('export / import of sources', () => {
  it('round-trips every field exactly', () => {
    const sources = twoSources();
    const file = exportSources(sources, new Date('2024-01-02T03:04:05Z'));
    const parsed = parseSourcesFile(file);
    expect(parsed).toEqual({ ok: true, sources, skipped: [] });
    expect(exportFileName(new Date('2024-01-02T03:04:05Z'))).toBe('verbatim-sources-2024-01-02.json');
  });

  it('importing its own export into the same list changes nothing', () => {
    const sources = twoSources();
    const parsed = parseSourcesFile(exportSources(sources, new Date()));
    if (!parsed.ok) throw new Error(parsed.error);
    const merged = mergeSources(sources, parsed.sources);
    expect(merged).toMatchObject({ added: [], updated: [], unchanged: 2 });
    expect(merged.list).toEqual(sources);
  });

  it('skips a damaged entry with its reason and keeps the rest', () => {
    const sources = twoSources();
    const data = JSON.parse(exportSources(sources, new Date()));
    data.sources[0].date = '2023-02-31';
    data.sources.push({ title: 'Half a record' }, 'junk');
    const parsed = parseSourcesFile(JSON.stringify(data));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.sources).toEqual([sources[1]]);
    expect(parsed.skipped.map((s) => [s.entry, s.title])).toEqual([[1, sources[0]!.title], [3, 'Half a record'], [4, '']]);
    expect(parsed.skipped[0]!.reason).toMatch(/date: This is not a real calendar date/);
  });

  it.each([
    ['not JSON', 'title: x\n---\nbody', /not JSON/],
    ['another JSON file', '{"version":2,"records":[]}', /not a Verbatim sources file/],
    ['a newer version', '{"format":"verbatim-sources","version":2,"exportedAt":"x","sources":[]}', /newer or damaged/],
    ['null', 'null', /not a Verbatim sources file/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const parsed = parseSourcesFile(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
