/**
 * The user's list of imported sources, changed only through these pure functions (the
 * background store applies them and re-indexes): add, edit metadata, delete, merge a file.
 */
import { importedDocId } from './doc-id';
import { validateMetadata, validateSourceForm, type FieldErrors } from './form';
import { ImportedSource, type SourceSummary } from './record';
import { importedStatements } from './statements';
import { countWords } from './limits';
import type { Statement } from '../corpus/schema';

/** A successful change carries the changed source's statements, so nobody derives them twice. */
export type Change =
  | { ok: true; list: ImportedSource[]; source: ImportedSource; statements: Statement[] }
  | { ok: false; errors: FieldErrors };

/** The source's statements through the corpus pipeline, or a message for the form if there are none. */
export function deriveStatements(source: ImportedSource): { statements: Statement[] } | { problem: string } {
  try {
    const statements = importedStatements(source);
    if (statements.length > 0) return { statements };
    return {
      problem: source.speaker.includes(';')
        ? 'With several speakers, each turn needs a speaker label at the start of its line ("Kaja Kallas: …") so every sentence can be attributed'
        : 'No sentences were found in this text to check quotes against',
    };
  } catch (e) {
    return { problem: `The text could not be read as a transcript: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Checks the text gives statements through the corpus pipeline; a message if not. */
export function indexProblem(source: ImportedSource): string | null {
  const derived = deriveStatements(source);
  return 'problem' in derived ? derived.problem : null;
}

function describe(source: ImportedSource): string {
  return `“${source.title}” (${source.date})`;
}

export function addSource(list: readonly ImportedSource[], input: unknown, now: number, fileName?: string): Change {
  const form = validateSourceForm(input);
  if (!form.ok) return form;
  const docId = importedDocId(form.value, form.value.text);
  const twin = list.find((s) => s.docId === docId);
  if (twin) return { ok: false, errors: { text: `This text is already one of your sources: ${describe(twin)}` } };
  const source = ImportedSource.parse({ ...form.value, docId, addedAt: now, updatedAt: now, ...(fileName ? { fileName } : {}) });
  const derived = deriveStatements(source);
  if ('problem' in derived) return { ok: false, errors: { text: derived.problem } };
  return { ok: true, list: [...list, source], source, statements: derived.statements };
}

/** New metadata for a source; its id (and so every statement id in the history) stays the same. */
export function updateMetadata(list: readonly ImportedSource[], docId: string, input: unknown, now: number): Change {
  const current = list.find((s) => s.docId === docId);
  if (!current) return { ok: false, errors: { title: 'This source no longer exists (deleted in another window?)' } };
  const meta = validateMetadata(input);
  if (!meta.ok) return meta;
  const source = ImportedSource.parse({ ...current, ...meta.value, updatedAt: now });
  const derived = deriveStatements(source);
  if ('problem' in derived) return { ok: false, errors: { speaker: derived.problem } };
  return { ok: true, list: list.map((s) => (s.docId === docId ? source : s)), source, statements: derived.statements };
}

export function removeSource(list: readonly ImportedSource[], docId: string): { list: ImportedSource[]; removed: boolean } {
  const next = list.filter((s) => s.docId !== docId);
  return { list: next, removed: next.length !== list.length };
}

export interface MergeResult {
  list: ImportedSource[];
  /** Sources new to the list, and those whose newer metadata replaced ours. */
  added: ImportedSource[];
  updated: ImportedSource[];
  unchanged: number;
}

/** Merge sources read from an export file: new ids are added; a known id keeps the newer edit. */
export function mergeSources(list: readonly ImportedSource[], incoming: readonly ImportedSource[]): MergeResult {
  const byId = new Map(list.map((s) => [s.docId, s]));
  const added: ImportedSource[] = [];
  const updated: ImportedSource[] = [];
  let unchanged = 0;
  for (const source of incoming) {
    const mine = byId.get(source.docId);
    if (!mine) added.push(source);
    else if (source.updatedAt > mine.updatedAt) updated.push(source);
    else unchanged++;
    if (!mine || source.updatedAt > mine.updatedAt) byId.set(source.docId, source);
  }
  return { list: [...byId.values()], added, updated, unchanged };
}

export function summarise(source: ImportedSource, statements: number): SourceSummary {
  const { text, ...meta } = source;
  return { ...meta, words: countWords(text), statements };
}
