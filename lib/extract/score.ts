// Scores extracted quotations against a hand-reviewed golden list (pure; used by the
// eval script and by the unit test that asserts the quality thresholds).
import type { ExtractedQuote, QuoteKind } from './types';

export interface GoldenQuote {
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: string | null;
  note?: string;
}

export interface Score {
  golden: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  /** Of matched statements, the share whose claimed speaker equals the golden one. */
  speakerAccuracy: number;
  speakerCorrect: number;
  misses: GoldenQuote[];
  falsePositives: ExtractedQuote[];
  wrongSpeakers: { golden: GoldenQuote; predicted: ExtractedQuote }[];
}

/** Spans match when they overlap by at least half of the shorter one. */
export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  const shorter = Math.min(a.end - a.start, b.end - b.start);
  return shorter > 0 && overlap >= 0.5 * shorter;
}

export function sameSpeaker(a: string | null | undefined, b: string | null | undefined): boolean {
  const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[.’']/g, '').replace(/\s+/g, ' ').trim();
  return norm(a) === norm(b);
}

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** Statement precision/recall and speaker accuracy for one page (predictions from the same text). */
export function scoreStatements(predicted: ExtractedQuote[], golden: GoldenQuote[]): Score {
  return scoreWith(predicted, golden, spansMatch);
}

/** Pairs each golden statement with the first unused prediction `same` accepts, then counts. */
function scoreWith(predicted: ExtractedQuote[], golden: GoldenQuote[], same: (p: ExtractedQuote, g: GoldenQuote) => boolean): Score {
  const gold = golden.filter((g) => g.kind === 'statement');
  const pred = predicted.filter((p) => p.kind === 'statement');
  const used = new Set<number>();
  const misses: GoldenQuote[] = [];
  const wrongSpeakers: Score['wrongSpeakers'] = [];
  let speakerCorrect = 0;
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && same(p, g));
    if (k < 0) {
      misses.push(g);
      continue;
    }
    used.add(k);
    if (sameSpeaker(pred[k]!.speaker, g.speaker)) speakerCorrect++;
    else wrongSpeakers.push({ golden: g, predicted: pred[k]! });
  }
  const matched = used.size;
  return {
    golden: gold.length,
    predicted: pred.length,
    matched,
    precision: ratio(matched, pred.length),
    recall: ratio(matched, gold.length),
    speakerAccuracy: ratio(speakerCorrect, matched),
    speakerCorrect,
    misses,
    falsePositives: pred.filter((_p, i) => !used.has(i)),
    wrongSpeakers,
  };
}

/** Sum of several pages' scores (micro-averaged). */
export function combineScores(scores: Score[]): Score {
  const sum = (f: (s: Score) => number) => scores.reduce((n, s) => n + f(s), 0);
  const matched = sum((s) => s.matched);
  const predicted = sum((s) => s.predicted);
  const golden = sum((s) => s.golden);
  const speakerCorrect = sum((s) => s.speakerCorrect);
  return {
    golden,
    predicted,
    matched,
    precision: ratio(matched, predicted),
    recall: ratio(matched, golden),
    speakerAccuracy: ratio(speakerCorrect, matched),
    speakerCorrect,
    misses: scores.flatMap((s) => s.misses),
    falsePositives: scores.flatMap((s) => s.falsePositives),
    wrongSpeakers: scores.flatMap((s) => s.wrongSpeakers),
  };
}

/** Kind agreement over every golden quote (any kind) that a prediction overlaps. */
export function kindAgreement(predicted: ExtractedQuote[], golden: GoldenQuote[]): { matched: number; sameKind: number } {
  let matched = 0;
  let sameKind = 0;
  for (const g of golden) {
    const p = predicted.find((q) => spansMatch(q, g));
    if (!p) continue;
    matched++;
    if (p.kind === g.kind) sameKind++;
  }
  return { matched, sameKind };
}

function normaliseQuote(text: string): string {
  return text.replace(/[“”„"″]/g, '"').replace(/[‘’‚']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Same text once marks and spacing are normalised, judged on the opening words (DOM offsets differ from the .txt). */
export function textsMatch(a: string, b: string): boolean {
  const x = normaliseQuote(a);
  const y = normaliseQuote(b);
  const probe = (s: string) => s.slice(0, Math.min(30, s.length));
  return x.length > 0 && y.length > 0 && (x.includes(probe(y)) || y.includes(probe(x)));
}

/** Statement scores when the predictions come from another rendering (HTML) of the golden page. */
export function scoreStatementsByText(predicted: ExtractedQuote[], golden: GoldenQuote[]): Score {
  return scoreWith(predicted, golden, (p, g) => textsMatch(p.text, g.text));
}
