/**
 * Background side of "Your sources": the single writer of the imported sources (raw text +
 * metadata in storage) and the one place that keeps the matcher in step with them. Each change
 * updates the live index incrementally (matcher.add / matcher.removeDocument), never a rebuild.
 *
 * A restarted worker has a fresh matcher with the bundled corpus only; `sourcesReady` adds
 * the stored sources to it once, and every matching request awaits it first.
 */
import type { Matcher } from '../lib/match';
import type { Statement } from '../lib/corpus/schema';
import {
  addSource, importedStatements, indexProblem, mergeSources, removeSource, statementsOfSources, summarise, updateMetadata,
  type Change, type ImportedSource, type SourceSummary,
} from '../lib/sources';
import { handleMessages, type ResponseOf } from './messaging';
import { addToQuarantine, readImportedSources, SOURCES_KEY, writeImportedSources } from './storage';

type GetMatcher = () => Matcher;

interface Loaded {
  sources: ImportedSource[];
  /** Statements per source in the index, for the list's counts. */
  statementCounts: Map<string, number>;
  problems: string[];
}

let loaded: Promise<Loaded> | null = null;
let tail: Promise<unknown> = Promise.resolve();

/** One change at a time: read → change → write → re-index, in call order. */
function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = tail.then(job, job);
  tail = run.catch(() => undefined);
  return run;
}

async function load(getMatcher: GetMatcher): Promise<Loaded> {
  const { sources, rejected } = await readImportedSources();
  if (rejected.length) await addToQuarantine(SOURCES_KEY, rejected);
  const statementCounts = new Map<string, number>();
  const { statements, failed } = statementsOfSources(sources);
  for (const s of statements) statementCounts.set(s.docId, (statementCounts.get(s.docId) ?? 0) + 1);
  getMatcher().add(statements);
  const problems = [
    ...rejected.map((r) => `A stored source could not be read and was set aside (${r.reason})`),
    ...failed.map((f) => `${f.docId} could not be indexed (${f.reason})`),
  ];
  return { sources, statementCounts, problems };
}

function loadOnce(getMatcher: GetMatcher): Promise<Loaded> {
  loaded ??= load(getMatcher).catch((error: unknown) => {
    loaded = null; // try again on the next request
    throw error;
  });
  return loaded;
}

/**
 * Resolves once the stored sources are in the matcher (loaded once per worker life). Await it
 * before matching, so a page checked right after a worker restart still finds the user's
 * sources. Never rejects: if storage cannot be read, matching goes on with the bundled corpus.
 */
export async function sourcesReady(getMatcher: GetMatcher): Promise<void> {
  try {
    await loadOnce(getMatcher);
  } catch (error) {
    console.error('[verbatim] imported sources could not be loaded', error);
  }
}

/** The loaded sources; the sources page sees a storage error instead of an empty list. */
function state(getMatcher: GetMatcher): Promise<Loaded> {
  return loadOnce(getMatcher);
}

/** Replace the source's statements in the live index (remove is a no-op for a new source). */
function index(getMatcher: GetMatcher, current: Loaded, source: ImportedSource, statements = importedStatements(source)): Statement[] {
  getMatcher().removeDocument(source.docId);
  getMatcher().add(statements);
  current.statementCounts.set(source.docId, statements.length);
  return statements;
}

function summaryOf(current: Loaded, source: ImportedSource): SourceSummary {
  return summarise(source, current.statementCounts.get(source.docId) ?? 0);
}

/** Store first, then index: if the write fails, the index still shows what storage holds. */
async function commit(getMatcher: GetMatcher, change: Change): Promise<ResponseOf<'sourcesAdd'>> {
  if (!change.ok) return change;
  const current = await state(getMatcher);
  await writeImportedSources(change.list);
  current.sources = change.list;
  index(getMatcher, current, change.source, change.statements);
  return { ok: true, source: summaryOf(current, change.source) };
}

export function listSources(getMatcher: GetMatcher): Promise<ResponseOf<'sourcesList'>> {
  return enqueue(async () => {
    const current = await state(getMatcher);
    return { sources: current.sources.map((s) => summaryOf(current, s)), problems: current.problems };
  });
}

export function addImportedSource(getMatcher: GetMatcher, form: unknown, fileName?: string, now = Date.now()): Promise<ResponseOf<'sourcesAdd'>> {
  return enqueue(async () => commit(getMatcher, addSource((await state(getMatcher)).sources, form, now, fileName)));
}

export function editImportedSource(getMatcher: GetMatcher, docId: string, metadata: unknown, now = Date.now()): Promise<ResponseOf<'sourcesUpdate'>> {
  return enqueue(async () => commit(getMatcher, updateMetadata((await state(getMatcher)).sources, docId, metadata, now)));
}

export function deleteImportedSource(getMatcher: GetMatcher, docId: string): Promise<{ removed: boolean }> {
  return enqueue(async () => {
    const current = await state(getMatcher);
    const { list, removed } = removeSource(current.sources, docId);
    if (!removed) return { removed };
    await writeImportedSources(list);
    current.sources = list;
    current.statementCounts.delete(docId);
    getMatcher().removeDocument(docId);
    return { removed };
  });
}

/** Sources from an export file (validated on the page and again by the protocol). */
export function importSourcesFile(getMatcher: GetMatcher, incoming: ImportedSource[]): Promise<ResponseOf<'sourcesImport'>> {
  return enqueue(async () => {
    const current = await state(getMatcher);
    const merged = mergeSources(current.sources, incoming);
    // A source the pipeline cannot index is not stored: an edit keeps the version we had.
    const bad = new Map<string, string>();
    for (const s of [...merged.added, ...merged.updated]) {
      const problem = indexProblem(s);
      if (problem) bad.set(s.docId, `“${s.title}”: ${problem}`);
    }
    const previous = new Map(current.sources.map((s) => [s.docId, s]));
    const list = merged.list.flatMap((s) => (!bad.has(s.docId) ? [s] : previous.has(s.docId) ? [previous.get(s.docId)!] : []));
    const good = (s: ImportedSource) => !bad.has(s.docId);
    const changed = [...merged.added, ...merged.updated].filter(good);
    if (changed.length) await writeImportedSources(list);
    current.sources = list;
    for (const source of changed) index(getMatcher, current, source);
    return {
      added: merged.added.filter(good).length,
      updated: merged.updated.filter(good).length,
      unchanged: merged.unchanged,
      failed: [...bad.values()],
    };
  });
}

export function exportAllSources(getMatcher: GetMatcher): Promise<{ sources: ImportedSource[] }> {
  return enqueue(async () => ({ sources: (await state(getMatcher)).sources }));
}

/** Answer the sources page's messages. Call once from the background, at top level. */
/** `changed` runs after each successful change to the sources (e.g. recheck open pages). */
export function registerSourceHandlers(getMatcher: GetMatcher, changed: () => void = () => {}): () => void {
  const then = <T>(result: Promise<T>): Promise<T> => result.then((value) => (changed(), value));
  return handleMessages({
    sourcesList: () => listSources(getMatcher),
    sourcesAdd: ({ form, fileName }) => then(addImportedSource(getMatcher, form, fileName)),
    sourcesUpdate: ({ docId, metadata }) => then(editImportedSource(getMatcher, docId, metadata)),
    sourcesDelete: ({ docId }) => then(deleteImportedSource(getMatcher, docId)),
    sourcesImport: ({ sources }) => then(importSourcesFile(getMatcher, sources)),
    sourcesExport: () => exportAllSources(getMatcher),
  });
}

/** For tests: forget what this worker loaded (as a restart would). */
export function resetSourcesForTests(): void {
  loaded = null;
  tail = Promise.resolve();
}
