/**
 * `npm run eval:match` — matching quality on tests/fixtures/match/labels.json: top-1 source
 * accuracy (in-corpus quotes), false verification (out-of-corpus quotes called verbatim/close),
 * verdict accuracy and the confusion matrix, for the calibration half, the held-out half and all.
 *
 * `--calibrate` also fits the verdict thresholds on the CALIBRATION half only (coordinate
 * search, see calibrate()): for each threshold, the values with the lowest error cost (a
 * wrong `altered` counts double: it accuses a page of misquoting) and zero false
 * verification, and of those the middle one (widest margin). The result is copied by hand
 * into lib/match/verdict.ts, rounded, and reported on the held-out half.
 */
import { readFileSync } from 'node:fs';
import { loadCorpusFile } from '../cli/corpus-file';
import {
  detailedMatcher, LabelFile, metricsOf, runLabels, VERDICTS, withThresholds, type LabelledQuote, type Metrics, type Outcome,
} from '../lib/match/evaluate';
import { THRESHOLDS, type Thresholds } from '../lib/match/verdict';

export const LABELS_PATH = new URL('../tests/fixtures/match/labels.json', import.meta.url);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printMetrics(title: string, m: Metrics): void {
  console.log(`\n${title} (${m.items} quotes)`);
  console.log(`  top-1 source accuracy (in corpus, n=${m.inCorpus}): ${m.top1.toFixed(3)}`);
  console.log(`  false verification (out of corpus, n=${m.outOfCorpus}): ${m.falseVerification.toFixed(3)}`);
  console.log(`  verdict accuracy: ${m.verdictAccuracy.toFixed(3)}   attribution accuracy: ${m.attributionAccuracy.toFixed(3)}`);
}

function printConfusion(m: Metrics): void {
  const w = 11;
  console.log(`\n  confusion (rows: expected, columns: got)\n  ${''.padEnd(w)}${VERDICTS.map((v) => v.padStart(w)).join('')}`);
  for (const e of VERDICTS) console.log(`  ${e.padEnd(w)}${VERDICTS.map((g) => String(m.confusion[e][g]).padStart(w)).join('')}`);
}

function printMisses(m: Metrics): void {
  if (m.misses.length === 0) return;
  console.log('\n  misses:');
  for (const o of m.misses) {
    const got = o.match ? `${o.verdict} ${pct(o.match.score)} ${o.match.statementId}` : 'null';
    console.log(`   ${o.item.id} expected ${o.item.expect.verdict}, got ${got}  “${o.item.text.slice(0, 70)}”`);
  }
}

/** Middle of the values achieving the best accuracy: the widest margin on both sides. */
function middle(values: number[]): number {
  return values[Math.floor((values.length - 1) / 2)]!;
}

function grid(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let x = from; x <= to + 1e-9; x += step) out.push(Math.round(x * 100) / 100);
  return out;
}

/** A wrong `altered` accuses a page of misquoting; a missed alteration only says "not in corpus". */
const FALSE_ACCUSATION_COST = 2;

/** Negative cost of the verdicts under `t` (higher is better); -Infinity if anything out of corpus is verified. */
function utilityAt(outcomes: Outcome[], t: Thresholds): number {
  const judged = withThresholds(outcomes, t);
  if (metricsOf(judged).falseVerification > 0) return -Infinity;
  let cost = 0;
  for (const o of judged) {
    if (o.verdict === o.item.expect.verdict) continue;
    cost += o.item.expect.verdict === 'not-found' && o.verdict === 'altered' ? FALSE_ACCUSATION_COST : 1;
  }
  return -cost;
}

/**
 * One threshold at a time, others fixed at their current values: the lowest error cost with
 * zero false verification (errors cost 1, a false `altered` costs 2), then the middle of the
 * range of values achieving it.
 */
function calibrate(outcomes: Outcome[]): Thresholds {
  const t: Thresholds = { ...THRESHOLDS };
  const axes: Array<[keyof Thresholds, number[]]> = [
    ['minInformation', grid(0.5, 4, 0.05)],
    ['close', grid(0.6, 0.99, 0.01)],
    ['altered', grid(0.2, 0.8, 0.01)],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [key, values] of axes) {
      const scored = values.map((v) => ({ v, acc: utilityAt(outcomes, { ...t, [key]: v }) }));
      const best = Math.max(...scored.map((s) => s.acc));
      t[key] = middle(scored.filter((s) => s.acc === best).map((s) => s.v));
    }
  }
  const m = metricsOf(withThresholds(outcomes, t));
  console.log(`\ncalibration (calibration half only): close ≥ ${t.close}, altered ≥ ${t.altered}, minInformation ${t.minInformation} → verdict accuracy ${m.verdictAccuracy.toFixed(3)}, error cost ${-utilityAt(outcomes, t)}`);
  return t;
}

export function loadLabels(): LabelledQuote[] {
  return LabelFile.parse(JSON.parse(readFileSync(LABELS_PATH, 'utf8'))).items;
}

function main(): void {
  const outcomes = runLabels(detailedMatcher(loadCorpusFile().statements), loadLabels());
  console.log(`Matching quality — thresholds: close ≥ ${THRESHOLDS.close}, altered ≥ ${THRESHOLDS.altered}`);
  printMetrics('calibration half', metricsOf(outcomes.filter((o) => o.item.split === 'calibrate')));
  printMetrics('held-out half', metricsOf(outcomes.filter((o) => o.item.split === 'holdout')));
  const all = metricsOf(outcomes);
  printMetrics('all', all);
  printConfusion(all);
  printMisses(all);
  if (!process.argv.includes('--calibrate')) return;
  const t = calibrate(outcomes.filter((o) => o.item.split === 'calibrate'));
  const held = metricsOf(withThresholds(outcomes.filter((o) => o.item.split === 'holdout'), t));
  console.log(`  with these, held-out half: verdict accuracy ${held.verdictAccuracy.toFixed(3)}, false verification ${held.falseVerification.toFixed(3)}`);
}

main();
