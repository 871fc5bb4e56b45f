import type { Statement } from '../corpus/schema';

export type Verdict = 'verbatim' | 'close' | 'altered' | 'not-found';
export type MatchFlag = 'fragment' | 'stitched' | 'too-short' | 'imported-source';
export type Attribution = 'agrees' | 'differs' | 'unattributed';

/** One step of the word-level diff between the quote and the matched source span. */
export interface DiffOp {
  /** same: identical after normalisation; added: only in the quote; dropped: only in the source; changed: substituted. */
  op: 'same' | 'added' | 'dropped' | 'changed';
  /** Words as the quote has them (original spelling), '' for dropped. */
  quote: string;
  /** Words as the source has them (original spelling), '' for added. */
  source: string;
  /**
   * A marked edit: source words left out at an ellipsis ("…") or replaced by an editorial
   * insertion ("[…]"), or an editorial insertion itself. Marked edits weigh far less.
   */
  marked?: boolean;
  /** For a marked omission: the quote's mark ("…" or "[the Ukrainians]"). */
  marker?: string;
}

/** The result of matching one quote: the JSON the CLI prints under "match", plus context for the UI. */
export interface QuoteMatch {
  verdict: Verdict;
  /** Similarity in [0, 1]. For not-found, the closest candidate's score (may be 0). */
  score: number;
  flags: MatchFlag[];
  statementId: string;
  speaker: string;
  date: string;
  event: string;
  url: string;
  /** The matched source span, in the source's original words. */
  sourceText: string;
  attribution: Attribution;
  diff: DiffOp[];
  /** Extra, for the UI: role, kind, place, origin of the source, and neighbouring sentences. */
  role: string;
  kind: string;
  place: string;
  origin: Statement['origin'];
  context: { before: string[]; after: string[] };
  /**
   * How much a match of this quote can prove: its words' rarity in the corpus, in units of
   * "one word as rare as can be". Short, common quotes score low and get `too-short`.
   */
  information?: number;
  /** Every statement the matched span touches (the quote may run across several), in order. */
  statementIds?: string[];
}
