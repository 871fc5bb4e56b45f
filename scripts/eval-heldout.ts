/**
 * `npm run eval:heldout` — honest generalisation estimate: extraction + matching on pages that
 * were written and labelled by hand BEFORE the tools were run on them (tests/fixtures/heldout).
 * Prints extraction precision/recall (statements + fragments), speaker and kind accuracy,
 * matching quality (on the labelled text, and end to end on what extraction found), and every error.
 * tests/unit/heldout.test.ts asserts floors on the same numbers.
 */
import { loadCorpusFile } from '../cli/corpus-file';
import type { Metrics } from '../lib/match/evaluate';
import { evaluateHeldout, type HeldoutReport } from './heldout/evaluate';
import { loadHeldout } from './heldout/labels';

const pct = (n: number, d: number) => `${d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1)}%`} (${n}/${d})`;

/** Out-of-corpus quotes called `altered`: the page is told it misquoted a source it never quoted. */
export function falseAccusations(m: Metrics): number {
  return m.misses.filter((o) => o.item.expect.statementIds.length === 0 && o.verdict === 'altered').length;
}

function printMatching(title: string, m: Metrics, details: boolean): void {
  const fv = Math.round(m.falseVerification * m.outOfCorpus);
  console.log(`\n${title} (${m.items} quotes)`);
  console.log(`  top-1 source accuracy, in corpus:      ${pct(Math.round(m.top1 * m.inCorpus), m.inCorpus)}`);
  console.log(`  false verification, out of corpus:     ${pct(fv, m.outOfCorpus)}`);
  console.log(`  false accusation (out of corpus → altered): ${pct(falseAccusations(m), m.outOfCorpus)}`);
  console.log(`  verdict accuracy:                      ${pct(Math.round(m.verdictAccuracy * m.items), m.items)}`);
  console.log(`  attribution accuracy:                  ${(m.attributionAccuracy * 100).toFixed(1)}%`);
  for (const o of details ? m.misses : []) {
    const got = o.match ? `${o.verdict} ${o.match.score.toFixed(2)} ${o.match.statementId} (${o.match.attribution})` : o.verdict;
    const want = `${o.item.expect.verdict} ${o.item.expect.statementIds[0] ?? '—'}`;
    console.log(`    ${o.item.id.padEnd(48)} want ${want}\n${' '.repeat(54)}got  ${got}  “${o.item.text.slice(0, 60)}”`);
  }
}

function printReport(title: string, r: HeldoutReport, details: boolean): void {
  const e = r.extraction;
  console.log(`\n=== ${title}`);
  console.log(`Extraction, statements + fragments`);
  console.log(`  precision:        ${pct(e.matched, e.predicted)}`);
  console.log(`  recall:           ${pct(e.matched, e.gold)}`);
  console.log(`  speaker accuracy: ${pct(e.speakerRight, e.matched)}`);
  console.log(`  kind accuracy:    ${pct(e.kindRight, e.kindPaired)} as labelled; ${pct(e.kindRightByConvention, e.kindPaired)} by the golden files' 12-word rule`);
  printMatching('Matching on the labelled text and speaker', r.matchOnLabels, details);
  printMatching('End to end (extracted text and speaker; a missed quote counts as not-found)', r.endToEnd, details);
  if (!details) return;
  console.log(`\nExtraction errors (${r.errors.length}):`);
  for (const line of r.errors) console.log(`  ${line}`);
}

function main(): void {
  const statements = loadCorpusFile().statements;
  const pages = loadHeldout();
  console.log('Held-out evaluation (tests/fixtures/heldout; labels written before the tools were run on each page)');
  for (const batch of [...new Set(pages.map((p) => p.batch))].sort()) {
    const label = batch === 1 ? 'batch 1 (h01–h09: labelled before any fix)' : `batch ${batch} (written after the fixes, labelled before running them)`;
    printReport(label, evaluateHeldout(statements, pages.filter((p) => p.batch === batch)), false);
  }
  printReport('ALL pages, with every error', evaluateHeldout(statements, pages), true);
}

main();
