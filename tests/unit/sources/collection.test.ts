import { describe, expect, it } from 'vitest';
import {
  addSource, canonicalSpeaker, isOwnSource, importedDocId, importedStatements, mergeSources, prefillFromText, removeSource, updateMetadata, type ImportedSource,
} from '../../../lib/sources';
import { transcriptFile, validForm } from './fixtures';

function added(list: ImportedSource[] = [], form = validForm(), now = 1_000): { list: ImportedSource[]; source: ImportedSource } {
  const result = addSource(list, form, now);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

describe('imported documents through the corpus pipeline', () => {
  it('splits sentences and reads the speaker labels of a Q&A, all marked imported', () => {
    const p = prefillFromText(transcriptFile());
    const { source } = added([], { ...p.fields, text: p.text });
    const statements = importedStatements(source);
    expect(statements.length).toBeGreaterThan(20);
    expect(new Set(statements.map((s) => s.origin))).toEqual(new Set(['imported']));
    expect(statements.every((s) => s.docId === source.docId && s.id.startsWith(`${source.docId}:`))).toBe(true);
    const question = statements.find((s) => s.text.startsWith('Do you believe the damage'));
    expect(question).toMatchObject({ speaker: 'Thomas Weller', role: 'Journalist, Baltic Broadcasting Service' });
    const answer = statements.find((s) => s.text.startsWith('It is too early to say'));
    expect(answer).toMatchObject({ speaker: 'Jens Stoltenberg', role: 'NATO Secretary General', date: '2023-10-12' });
    expect(statements.some((s) => /^(title|speaker|date):/.test(s.text))).toBe(false);
  });

  it('tells the user’s own source from the bundled corpus by origin or flag', () => {
    expect(isOwnSource({ origin: 'imported', flags: [] })).toBe(true);
    expect(isOwnSource({ origin: 'bundled', flags: ['imported-source'] })).toBe(true);
    expect(isOwnSource({ origin: 'bundled', flags: ['fragment'] })).toBe(false);
    expect(isOwnSource(null)).toBe(false);
  });

  it('maps a corpus speaker typed loosely to the canonical name, and leaves others alone', () => {
    expect(canonicalSpeaker('stoltenberg')).toBe('Jens Stoltenberg');
    expect(canonicalSpeaker('Secretary Blinken')).toBe('Antony J. Blinken');
    expect(canonicalSpeaker('Tony Blinken')).toBe('Antony J. Blinken');
    expect(canonicalSpeaker('Camilla Stoltenberg')).toBe('Camilla Stoltenberg');
    expect(canonicalSpeaker('  Kaja   Kallas ')).toBe('Kaja Kallas');
    const { source } = added([], validForm({ speaker: 'stoltenberg' }));
    expect(importedStatements(source)[0]).toMatchObject({ speaker: 'Jens Stoltenberg', role: 'NATO Secretary General' });
  });
});

describe('the list of imported sources', () => {
  it('gives a stable id from date, title and text; whitespace changes do not change it', () => {
    const form = validForm();
    const id = importedDocId(form as never, form.text as string);
    expect(id).toMatch(/^user-2023-10-11-doorstep-statement-by-the-secretary-general-[0-9a-f]{8}$/);
    expect(importedDocId(form as never, (form.text as string).replace(/\n/g, '\r\n  '))).toBe(id);
    expect(importedDocId(form as never, `${form.text as string} More.`)).not.toBe(id);
  });

  it('refuses the same text twice, naming the source it already is', () => {
    const { list } = added();
    const again = addSource(list, validForm(), 2_000);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.errors.text).toMatch(/already one of your sources: “Doorstep statement/);
  });

  it('refuses a text in which the pipeline finds no sentence', () => {
    const result = addSource([], validForm({ text: '(Laughter.)\n\n(Applause.)\n\n(Inaudible.)' }), 1);
    expect(result.ok || result.errors).toEqual({ text: 'No sentences were found in this text to check quotes against' });
  });

  it('asks for speaker labels when a joint event has none', () => {
    const result = addSource([], validForm({ speaker: 'Kaja Kallas; Jens Stoltenberg' }), 1);
    expect(result.ok || result.errors.text).toMatch(/several speakers, each turn needs a speaker label/);
    const labelled = addSource([], validForm({ speaker: 'Kaja Kallas; Jens Stoltenberg', text: 'Prime Minister Kallas: Welcome to Tallinn.\n\nSecretary General Stoltenberg: Thank you for hosting me.' }), 1);
    expect(labelled.ok && importedStatements(labelled.source).map((s) => s.speaker)).toEqual(['Kaja Kallas', 'Jens Stoltenberg']);
  });

  it('edits metadata in place: same id, new speaker on every statement, text untouched', () => {
    const { list, source } = added();
    const { text: _t, ...meta } = validForm();
    const edit = updateMetadata(list, source.docId, { ...meta, speaker: 'Mark Rutte', date: '2024-10-11' }, 5_000);
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    expect(edit.list).toHaveLength(1);
    expect(edit.source).toMatchObject({ docId: source.docId, speaker: 'Mark Rutte', text: source.text, addedAt: 1_000, updatedAt: 5_000 });
    expect(importedStatements(edit.source).every((s) => s.speaker === 'Mark Rutte' && s.date === '2024-10-11')).toBe(true);
    const bad = updateMetadata(list, source.docId, { ...meta, url: 'nope' }, 6_000);
    expect(bad.ok || bad.errors.url).toMatch(/https?:\/\//);
    expect(updateMetadata(list, 'user-gone', meta, 6_000).ok).toBe(false);
  });

  it('deletes by id', () => {
    const { list, source } = added();
    expect(removeSource(list, source.docId)).toEqual({ list: [], removed: true });
    expect(removeSource(list, 'user-other').removed).toBe(false);
  });

  it('merges an import file: new ids added, a newer edit wins, an older one is ignored', () => {
    const first = added([], validForm(), 1_000);
    const second = added(first.list, validForm({ text: 'Another transcript with enough words in it.' }), 1_000);
    const newer = { ...first.source, title: 'Renamed', updatedAt: 9_000 };
    const older = { ...second.source, title: 'Old name', updatedAt: 500 };
    const third = added([], validForm({ text: 'A third transcript, also long enough.' }), 1_000).source;
    const merged = mergeSources(second.list, [newer, older, third]);
    expect(merged.added.map((s) => s.docId)).toEqual([third.docId]);
    expect(merged.updated.map((s) => s.title)).toEqual(['Renamed']);
    expect(merged.unchanged).toBe(1);
    expect(merged.list.map((s) => s.title)).toEqual(['Renamed', second.source.title, third.title]);
  });
});
