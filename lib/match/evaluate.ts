// Quality of matching on labelled quotes: the numbers `npm run eval:match` prints and the
// unit test asserts. Pure: the caller loads the labels and builds the matcher.
import { z } from 'zod';
import type { Statement } from '../corpus/schema';
import { matchQuoteDetailed, type DetailedMatch } from './engine';
import { StatementIndex } from './shingle-index';
import type { QuoteMatch, Verdict } from './types';
import { verdictFor, type Thresholds, type VerdictInput } from './verdict';

const VerdictSchema = z.enum(['verbatim', 'close', 'altered', 'not-found']);

export const LabelledQuote = z.object({
  id: z.string(),
  group: z.enum(['sample', 'variant', 'invented', 'fragment']),
  origin: z.string(),
  text: z.string().min(1),
  speaker: z.string().nullable(),
  expect: z.object({
    /** Acceptable source statements; empty = not in the corpus. */
    statementIds: z.array(z.string()),
    verdict: VerdictSchema,
    attribution: z.enum(['agrees', 'differs', 'unattributed']).optional(),
  }),
  split: z.enum(['calibrate', 'holdout']),
  note: z.string().optional(),
});
export type LabelledQuote = z.infer<typeof LabelledQuote>;

export const LabelFile = z.object({ version: z.literal(1), corpus: z.string(), items: z.array(LabelledQuote) });

export const VERDICTS: Verdict[] = ['verbatim', 'close', 'altered', 'not-found'];

export interface Outcome {
  item: LabelledQuote;
  match: QuoteMatch | null;
  evidence: VerdictInput | null;
  verdict: Verdict;
}

export interface Metrics {
  items: number;
  /** In-corpus quotes that can be checked (expected verdict other than not-found). */
  inCorpus: number;
  top1: number;
  outOfCorpus: number;
  /** Share of out-of-corpus quotes given `verbatim` or `close`. */
  falseVerification: number;
  verdictAccuracy: number;
  attributionAccuracy: number;
  /** confusion[expected][got] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  misses: Outcome[];
}

export type DetailedMatchFn = (text: string, speaker: string | null) => DetailedMatch | null;

/** The same engine createMatcher() wraps, with the evidence behind each verdict exposed. */
export function detailedMatcher(statements: Statement[]): DetailedMatchFn {
  const index = new StatementIndex();
  index.add(statements);
  return (text, speaker) => matchQuoteDetailed(index, text, speaker);
}

export function runLabels(match: DetailedMatchFn, items: LabelledQuote[]): Outcome[] {
  return items.map((item) => {
    const found = match(item.text, item.speaker);
    return { item, match: found?.match ?? null, evidence: found?.evidence ?? null, verdict: found?.match.verdict ?? 'not-found' };
  });
}

/** Verdicts again under other thresholds, from the evidence already gathered (no re-matching). */
export function withThresholds(outcomes: Outcome[], thresholds: Thresholds): Outcome[] {
  return outcomes.map((o) => (o.evidence ? { ...o, verdict: verdictFor(o.evidence, thresholds) } : o));
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

export function metricsOf(outcomes: Outcome[]): Metrics {
  const confusion = Object.fromEntries(VERDICTS.map((e) => [e, Object.fromEntries(VERDICTS.map((g) => [g, 0]))])) as Metrics['confusion'];
  const checkable = outcomes.filter((o) => o.item.expect.statementIds.length > 0 && o.item.expect.verdict !== 'not-found');
  const outside = outcomes.filter((o) => o.item.expect.statementIds.length === 0);
  const withAttribution = checkable.filter((o) => o.item.expect.attribution);
  const top1Hits = checkable.filter((o) => o.item.expect.statementIds.includes(o.match?.statementId ?? ''));
  for (const o of outcomes) confusion[o.item.expect.verdict][o.verdict]++;
  return {
    items: outcomes.length,
    inCorpus: checkable.length,
    top1: ratio(top1Hits.length, checkable.length),
    outOfCorpus: outside.length,
    falseVerification: outside.length === 0 ? 0 : outside.filter((o) => o.verdict === 'verbatim' || o.verdict === 'close').length / outside.length,
    verdictAccuracy: ratio(outcomes.filter((o) => o.verdict === o.item.expect.verdict).length, outcomes.length),
    attributionAccuracy: ratio(withAttribution.filter((o) => o.match?.attribution === o.item.expect.attribution).length, withAttribution.length),
    confusion,
    misses: outcomes.filter((o) => o.verdict !== o.item.expect.verdict || (checkable.includes(o) && !top1Hits.includes(o))),
  };
}
