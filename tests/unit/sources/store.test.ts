/** services/sources-store.ts against WXT's fake browser storage and a small real matcher. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMatcher, type Matcher } from '../../../lib/match';
import { prefillFromText } from '../../../lib/sources';
import {
  addImportedSource, deleteImportedSource, editImportedSource, exportAllSources, importSourcesFile, listSources, resetSourcesForTests, sourcesReady,
} from '../../../services/sources-store';
import { readQuarantine } from '../../../services/storage';
import { PRESSER } from '../match/helpers';
import { transcriptFile, validForm } from './fixtures';

const QUOTE = 'Our industrial capacity is now a security question in its own right, and we cannot leave it to the market alone.';
let matcher: Matcher;
const getMatcher = () => matcher;

function restartWorker(): void {
  resetSourcesForTests();
  matcher = createMatcher(PRESSER);
}

function transcriptForm() {
  const p = prefillFromText(transcriptFile());
  return { ...p.fields, text: p.text };
}

beforeEach(() => {
  fakeBrowser.reset();
  restartWorker();
});

describe('sources store (background)', () => {
  it('indexes an added source at once, and again after a worker restart', async () => {
    expect(matcher.match(QUOTE, null)?.verdict).toBe('not-found');
    const added = await addImportedSource(getMatcher, transcriptForm(), 'transcript.txt', 42);
    expect(added.ok).toBe(true);
    expect(matcher.match(QUOTE, null)).toMatchObject({ verdict: 'verbatim', origin: 'imported' });

    restartWorker();
    expect(matcher.match(QUOTE, null)?.verdict).toBe('not-found');
    await sourcesReady(getMatcher);
    expect(matcher.match(QUOTE, null)).toMatchObject({ verdict: 'verbatim', origin: 'imported', flags: expect.arrayContaining(['imported-source']) });
    const { sources, problems } = await listSources(getMatcher);
    expect(problems).toEqual([]);
    expect(sources).toEqual([expect.objectContaining({ fileName: 'transcript.txt', addedAt: 42, statements: 27, words: expect.any(Number) })]);
    expect(sources[0]).not.toHaveProperty('text');
  });

  it('returns field errors and stores nothing for a bad form or a duplicate', async () => {
    const bad = await addImportedSource(getMatcher, validForm({ date: '2023-02-29' }));
    expect(bad).toEqual({ ok: false, errors: { date: 'This is not a real calendar date' } });
    expect((await listSources(getMatcher)).sources).toEqual([]);
    await addImportedSource(getMatcher, validForm());
    const twice = await addImportedSource(getMatcher, validForm());
    expect(twice.ok || twice.errors.text).toMatch(/already one of your sources/);
    expect((await listSources(getMatcher)).sources).toHaveLength(1);
  });

  it('re-indexes an edit and removes a deleted source from the index and from storage', async () => {
    const added = await addImportedSource(getMatcher, transcriptForm());
    if (!added.ok) throw new Error('add failed');
    const { docId, words: _w, statements: _s, addedAt: _a, updatedAt: _u, fileName: _f, ...meta } = added.source;
    const edited = await editImportedSource(getMatcher, docId, { ...meta, speaker: 'Stoltenberg', date: '2023-10-13' });
    expect(edited.ok).toBe(true);
    expect(matcher.match(QUOTE, null)).toMatchObject({ date: '2023-10-13', speaker: 'Jens Stoltenberg' });
    expect(matcher.size).toBe(PRESSER.length + 27);

    expect(await deleteImportedSource(getMatcher, docId)).toEqual({ removed: true });
    expect(matcher.match(QUOTE, null)?.verdict).toBe('not-found');
    expect(matcher.size).toBe(PRESSER.length);
    restartWorker();
    expect((await listSources(getMatcher)).sources).toEqual([]);
    expect(await deleteImportedSource(getMatcher, docId)).toEqual({ removed: false });
  });

  it('imports an export file into another profile and indexes it', async () => {
    await addImportedSource(getMatcher, transcriptForm());
    const { sources } = await exportAllSources(getMatcher);
    fakeBrowser.reset();
    restartWorker();
    expect(await importSourcesFile(getMatcher, sources)).toEqual({ added: 1, updated: 0, unchanged: 0, failed: [] });
    expect(matcher.match(QUOTE, null)?.origin).toBe('imported');
    expect(await importSourcesFile(getMatcher, sources)).toMatchObject({ added: 0, unchanged: 1 });
  });

  it('sets a damaged stored source aside in quarantine and loads the others', async () => {
    await addImportedSource(getMatcher, transcriptForm());
    const raw = (await fakeBrowser.storage.local.get('sources')).sources as { sources: unknown[] };
    await fakeBrowser.storage.local.set({ sources: { sources: [...raw.sources, { docId: 'user-broken', title: 'x' }] } });
    restartWorker();
    const { sources, problems } = await listSources(getMatcher);
    expect(sources).toHaveLength(1);
    expect(problems).toEqual([expect.stringMatching(/could not be read and was set aside/)]);
    expect((await readQuarantine()).map((q) => q.key)).toEqual(['local:sources']);
  });
});
