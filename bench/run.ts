/**
 * `npm run bench [-- --json]` — matching performance, measured (never asserted in unit tests):
 *  - per-quote latency (median, p95) over the labelled sample quotes at corpus 1×, 10k, 100k;
 *  - per-article time (extract + match) on the sample articles (bundled copies in examples/);
 *  - index build time per size, cold load time (read + validate corpus file + build), heap;
 *  - fuse.js baseline (plain search of the quote over the statements) at 1× and 10k, on a
 *    fixed subset of in-corpus quotes, with top-1 accuracy for both engines on that subset.
 * With --json the last line is one JSON object (the format).
 */
import { readFileSync } from 'node:fs';
import { loadCorpusFile } from '../cli/corpus-file';
import type { Statement } from '../lib/corpus/schema';
import { createMatcher, type Matcher } from '../lib/match';
import { LabelFile, type LabelledQuote } from '../lib/match/evaluate';
import { fuseBaseline } from './fuse-baseline';
import { articleTimes, extractionNumbers } from './articles';
import { heapMB, median, p95, round, timed } from './stats';
import { growCorpus } from './synth';

const JSON_MODE = process.argv.includes('--json');
const REPEATS = 5;
/** Every FUSE_STRIDE-th in-corpus quote goes to the (slow) fuse.js comparison. */
const FUSE_STRIDE = 4;

const log = (line: string) => console.log(line);

function labelledQuotes(): LabelledQuote[] {
  const file = new URL('../tests/fixtures/match/labels.json', import.meta.url);
  return LabelFile.parse(JSON.parse(readFileSync(file, 'utf8'))).items;
}

/**
 * Per-quote latency in ms: each quote's median over REPEATS runs (after one warm-up pass), so
 * a burst from another process on a shared machine does not pass for a slow quote.
 */
function latencies(matcher: Matcher, quotes: LabelledQuote[]): number[] {
  for (const q of quotes) matcher.match(q.text, q.speaker);
  const runs = quotes.map(() => [] as number[]);
  for (let r = 0; r < REPEATS; r++) quotes.forEach((q, i) => runs[i]!.push(timed(() => matcher.match(q.text, q.speaker))[1]));
  return runs.map(median);
}

function top1(pick: (q: LabelledQuote) => string | undefined, quotes: LabelledQuote[]): number {
  return quotes.filter((q) => q.expect.statementIds.includes(pick(q) ?? '')).length / quotes.length;
}

interface SizeResult {
  size: number;
  buildMs: number;
  heapMB: number;
  median: number;
  p95: number;
  matcher: Matcher;
}

function measureSize(label: string, statements: Statement[], quotes: LabelledQuote[]): SizeResult {
  const before = heapMB();
  const [matcher, buildMs] = timed(() => createMatcher(statements));
  const heap = round(heapMB() - before, 1);
  const times = latencies(matcher, quotes);
  const r = { size: statements.length, buildMs: round(buildMs, 1), heapMB: heap, median: round(median(times), 4), p95: round(p95(times), 4), matcher };
  log(`  ${label.padEnd(5)} ${String(r.size).padStart(7)} statements  build ${r.buildMs} ms  index heap ${r.heapMB} MB  per quote median ${r.median} ms  p95 ${r.p95} ms`);
  return r;
}

function measureFuse(label: string, statements: Statement[], quotes: LabelledQuote[], engine: Matcher) {
  const baseline = fuseBaseline(statements);
  const times: number[] = [];
  const fuseTop = new Map<string, string | undefined>();
  for (const q of quotes) {
    const [hit, ms] = timed(() => baseline.top(q.text));
    times.push(ms);
    fuseTop.set(q.id, hit?.id);
  }
  const fuseAcc = top1((q) => fuseTop.get(q.id), quotes);
  const engineAcc = top1((q) => engine.match(q.text, q.speaker)?.statementId, quotes);
  log(`  ${label.padEnd(5)} fuse.js median ${round(median(times), 1)} ms per quote (n=${quotes.length}); top-1 fuse ${round(fuseAcc)} vs engine ${round(engineAcc)}`);
  return { median: round(median(times), 2), fuseAcc: round(fuseAcc), engineAcc: round(engineAcc) };
}

/** The user-import case: a 20,000-word transcript added to the live index, then removed. */
function measureImport(base: Statement[], matcher: Matcher): void {
  const docId = 'imported-bench-transcript';
  const statements: Statement[] = [];
  for (let words = 0, i = 0; words < 20_000; i++) {
    const model = base[(i * 7919) % base.length]!;
    statements.push({ ...model, docId, ordinal: i, id: `${docId}:${String(i).padStart(4, '0')}`, origin: 'imported' });
    words += model.text.split(/\s+/).length;
  }
  const [, addMs] = timed(() => matcher.add(statements));
  const [, removeMs] = timed(() => matcher.removeDocument(docId));
  log(`  import of a 20,000-word transcript (${statements.length} statements): add ${round(addMs, 1)} ms, remove ${round(removeMs, 1)} ms`);
}

async function main(): Promise<void> {
  const started = performance.now();
  const [corpus, loadMs] = timed(() => {
    const c = loadCorpusFile();
    createMatcher(c.statements);
    return c;
  });
  const base = corpus.statements;
  const quotes = labelledQuotes().filter((q) => q.group !== 'fragment');
  const inCorpus = quotes.filter((q) => q.expect.statementIds.length > 0 && q.expect.verdict !== 'not-found');
  const fuseSubset = inCorpus.filter((_, i) => i % FUSE_STRIDE === 0);
  log(`Matching benchmark — ${quotes.length} labelled quotes × ${REPEATS}, Node ${process.version}`);
  log(`  cold load (read + validate corpus.json + build index, 1×): ${round(loadMs, 1)} ms`);
  const one = measureSize('1x', base, quotes);
  const tenKStatements = growCorpus(base, 10_000);
  const tenK = measureSize('10k', tenKStatements, quotes);
  const fuse1 = measureFuse('1x', base, fuseSubset, one.matcher);
  const fuse10 = measureFuse('10k', tenKStatements, fuseSubset, tenK.matcher);
  const { matcher: _released, ...tenKNumbers } = tenK; // let the 10k index go before building 100k
  const hundredK = measureSize('100k', growCorpus(base, 100_000), quotes);
  log(`  speed-up vs fuse.js at 10k: ${round(fuse10.median / tenKNumbers.median, 0)}× (median vs median)`);
  const top1All = top1((q) => hundredK.matcher.match(q.text, q.speaker)?.statementId, inCorpus);
  log(`  engine top-1 on all ${inCorpus.length} in-corpus labelled quotes at 100k: ${round(top1All)}`);
  measureImport(base, one.matcher);
  await articleTimes(one.matcher, log);
  await extractionNumbers(log);
  log(`  total bench time ${round((performance.now() - started) / 1000, 1)} s`);
  if (!JSON_MODE) return;
  const result = {
    corpusStatements: base.length,
    perQuoteMedianMs: { '1x': one.median, '10k': tenKNumbers.median, '100k': hundredK.median },
    perQuoteP95Ms: { '1x': one.p95, '10k': tenKNumbers.p95, '100k': hundredK.p95 },
    fuseMedianMs: { '1x': fuse1.median, '10k': fuse10.median },
    top1: { engine: fuse10.engineAcc, fuse: fuse10.fuseAcc },
    indexBuildMs: { '1x': one.buildMs, '10k': tenKNumbers.buildMs, '100k': hundredK.buildMs },
    indexLoadMs: round(loadMs, 1),
    heapMB: { '1x': one.heapMB, '10k': tenKNumbers.heapMB, '100k': hundredK.heapMB },
  };
  console.log(JSON.stringify(result));
}

await main();
