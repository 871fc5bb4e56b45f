/**
 * Adding an imported source to a live matcher (matcher.add) and deleting it
 * (matcher.removeDocument) must give exactly the matches of an index built from scratch.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpusFile } from '../../../cli/corpus-file';
import type { Statement } from '../../../lib/corpus/schema';
import { createMatcher, type Matcher } from '../../../lib/match';
import { addSource, importedStatements, prefillFromText, updateMetadata, type ImportedSource } from '../../../lib/sources';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, transcriptFile } from './fixtures';

const QUOTES: [string, string | null][] = [
  // From the imported (synthetic) transcript: verbatim, edited, across two sentences, a Q&A answer.
  ['Our industrial capacity is now a security question in its own right, and we cannot leave it to the market alone.', 'Jens Stoltenberg'],
  ['Pipelines and cables on the seabed carry our energy and our data', null],
  ['Support for Ukraine is not charity, it is an investment in our own security.', 'Jens Stoltenberg'],
  ['We also discussed the protection of critical undersea infrastructure. Pipelines and cables on the seabed carry our energy and our data.', null],
  ['it will be met with a united and determined response from the whole Alliance', 'Antony J. Blinken'],
  ['Two percent is a ceiling, not a floor', 'Jens Stoltenberg'],
  // From the bundled corpus and from nowhere: must not change.
  ['NATO is a defensive alliance', 'Jens Stoltenberg'],
  ['We will not send NATO troops into Ukraine', null],
  ['The moon is made of green cheese and everybody knows it', null],
];

let bundled: Statement[];
let source: ImportedSource;

function matchAll(matcher: Matcher) {
  return QUOTES.map(([quote, speaker]) => matcher.match(quote, speaker));
}

beforeAll(() => {
  bundled = loadCorpusFile().statements;
  const p = prefillFromText(transcriptFile());
  const added = addSource([], { ...p.fields, text: p.text }, 1);
  if (!added.ok) throw new Error(JSON.stringify(added.errors));
  source = added.source;
});

describe('incremental index for imported sources', () => {
  it('add() gives the same matches as a full rebuild, and marks them as the user’s source', () => {
    const imported = importedStatements(source);
    const live = createMatcher(bundled);
    const before = matchAll(live);
    live.add(imported);
    const rebuilt = createMatcher([...bundled, ...imported]);
    expect(live.size).toBe(rebuilt.size);
    const after = matchAll(live);
    expect(after).toEqual(matchAll(rebuilt));

    // The quote that was "not in corpus" before is now found in the imported source.
    expect(before[0]?.verdict).toBe('not-found');
    expect(after[0]).toMatchObject({ verdict: 'verbatim', origin: 'imported', speaker: 'Jens Stoltenberg' });
    expect(after[0]?.flags).toContain('imported-source');
    expect(after[0]?.statementId.startsWith(`${source.docId}:`)).toBe(true);
    // Bundled matches keep origin 'bundled' and carry no imported flag.
    const bundledHit = after[7];
    expect(bundledHit?.origin).toBe('bundled');
    expect(bundledHit?.flags).not.toContain('imported-source');
  });

  it('removeDocument() gives back exactly the bundled-only matches', () => {
    const live = createMatcher(bundled);
    const bundledOnly = matchAll(live);
    live.add(importedStatements(source));
    live.removeDocument(source.docId);
    expect(live.size).toBe(bundled.length);
    expect(matchAll(live)).toEqual(bundledOnly);
    expect(live.search('industrial capacity security question market alone').some((s) => s.origin === 'imported')).toBe(false);
  });

  it('an edit (remove, then add the re-derived statements) equals a rebuild with the new metadata', () => {
    const live = createMatcher(bundled);
    live.add(importedStatements(source));
    const { text: _t, docId: _d, addedAt: _a, updatedAt: _u, ...meta } = source;
    const edit = updateMetadata([source], source.docId, { ...meta, date: '2023-10-13', speaker: 'Jens Stoltenberg' }, 2);
    if (!edit.ok) throw new Error(JSON.stringify(edit.errors));
    live.removeDocument(source.docId);
    live.add(importedStatements(edit.source));
    const rebuilt = createMatcher([...bundled, ...importedStatements(edit.source)]);
    const after = matchAll(live);
    expect(after).toEqual(matchAll(rebuilt));
    expect(after[0]?.date).toBe('2023-10-13');
  });

  it('a quote in both the bundled corpus and an imported copy stays with the verified corpus', () => {
    const docId = '2022-01-26-stoltenberg-press-conference-written-proposals-russia';
    const file = readFileSync(resolve(ROOT, 'corpus/sources', `${docId}.txt`), 'utf8');
    const p = prefillFromText(file);
    const copy = addSource([], { ...p.fields, text: p.text }, 1);
    if (!copy.ok) throw new Error(JSON.stringify(copy.errors));
    const live = createMatcher(bundled);
    live.add(copy.statements);
    const sentences = bundled.filter((s) => s.docId === docId && s.text.split(' ').length >= 8).slice(0, 10);
    expect(sentences.length).toBe(10);
    for (const s of sentences) expect(live.match(s.text, s.speaker)).toMatchObject({ verdict: 'verbatim', origin: 'bundled' });
  });

  it('keyword search finds imported statements too, marked imported', () => {
    const live = createMatcher(bundled);
    live.add(importedStatements(source));
    const hits = live.search('industrial capacity security question market alone', 5);
    expect(hits[0]).toMatchObject({ origin: 'imported', docId: source.docId });
  });
});
