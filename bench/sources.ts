/**
 * `npx tsx bench/sources.ts [--json]` — importing a 20,000-word transcript as the user's own
 * source, measured (never asserted in unit tests). Medians over REPEATS runs of:
 *  - import: form validation + document id + the corpus pipeline (labels, sentences) → statements;
 *  - re-index: matcher.add of those statements to a live matcher holding the bundled corpus;
 *  - remove: matcher.removeDocument (delete the source);
 *  - baseline, same run: a full rebuild, createMatcher(bundled + imported) — the ratio shows
 *    what the incremental path saves.
 * The transcript is assembled from the bundled corpus's own sentences (real official prose,
 * shuffled with a fixed seed) under Q&A speaker labels, so the pipeline does its real work.
 */
import { loadCorpusFile } from '../cli/corpus-file';
import type { Statement } from '../lib/corpus/schema';
import { createMatcher } from '../lib/match';
import { addSource, countWords, type ImportedSource } from '../lib/sources';
import { median, round, timed } from './stats';
import { benchTranscript } from './sources-text';

const JSON_MODE = process.argv.includes('--json');
const REPEATS = 7;

function importOnce(text: string): { source: ImportedSource; statements: Statement[] } {
  const form = {
    title: 'Benchmark transcript (assembled from corpus sentences)',
    speaker: 'Jens Stoltenberg',
    date: '2023-10-12',
    kind: 'press-conference',
    url: 'https://example.org/bench/transcript',
    text,
  };
  const added = addSource([], form, Date.now());
  if (!added.ok) throw new Error(`import failed: ${JSON.stringify(added.errors)}`);
  return { source: added.source, statements: added.statements };
}

function main(): void {
  const bundled = loadCorpusFile().statements;
  const text = benchTranscript(bundled);
  const live = createMatcher(bundled);
  const times = { import: [] as number[], reindex: [] as number[], remove: [] as number[], rebuild: [] as number[] };
  let statements: Statement[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const [imported, importMs] = timed(() => importOnce(text));
    statements = imported.statements;
    const [, addMs] = timed(() => live.add(imported.statements));
    const [, removeMs] = timed(() => live.removeDocument(imported.source.docId));
    const [, rebuildMs] = timed(() => createMatcher([...bundled, ...imported.statements]));
    times.import.push(importMs);
    times.reindex.push(addMs);
    times.remove.push(removeMs);
    times.rebuild.push(rebuildMs);
  }
  const result = {
    words: countWords(text),
    statements: statements.length,
    bundledStatements: bundled.length,
    repeats: REPEATS,
    importMs: round(median(times.import), 1),
    reindexMs: round(median(times.reindex), 1),
    removeMs: round(median(times.remove), 1),
    fullRebuildMs: round(median(times.rebuild), 1),
    rebuildOverReindex: round(median(times.rebuild) / median(times.reindex), 1),
  };
  if (JSON_MODE) return console.log(JSON.stringify(result));
  console.log(`Importing a ${result.words.toLocaleString('en-US')}-word transcript (${result.statements} statements) next to ${result.bundledStatements.toLocaleString('en-US')} bundled statements; medians of ${REPEATS} runs:`);
  console.log(`  import (validate + pipeline → statements)  ${result.importMs} ms`);
  console.log(`  re-index (matcher.add, incremental)        ${result.reindexMs} ms`);
  console.log(`  delete (matcher.removeDocument)            ${result.removeMs} ms`);
  console.log(`  baseline: full rebuild (createMatcher)     ${result.fullRebuildMs} ms  (${result.rebuildOverReindex}× the incremental re-index)`);
}

main();
