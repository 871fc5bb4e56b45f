// From alignment numbers to a verdict. The thresholds were fitted on the CALIBRATION half of
// tests/fixtures/match/labels.json by `npm run eval:match -- --calibrate`: lowest error cost
// (a wrong `altered` counts double) with zero false verification, middle of the optimal range
// (see that script), then rounded; the held-out half is reported separately. Refit when the
// labels grow.
import type { Alignment } from './align';
import type { MatchFlag, Verdict } from './types';

export interface Thresholds {
  close: number;
  altered: number;
  minWords: number;
  minInformation: number;
  /** Fewer quote words than this cannot contradict the page's credit (see creditedElsewhere). */
  minWordsAgainstCredit: number;
  /** Share of the quote's information the source must hold for an edit-based `altered`. */
  alteredEvidence: number;
}

export const THRESHOLDS: Readonly<Thresholds> = {
  /** At or above: `close` (when nothing else caps it). */
  close: 0.82,
  /** At or above: `altered`; below: `not-found`. */
  altered: 0.49,
  /** Fewer quote words than this can never be checked with confidence. */
  minWords: 3,
  /** Information (in maximally-rare-word units, see informationOf) a quote needs for a confident verdict. */
  minInformation: 1.35,
  /**
   * Not fitted: a judgement. Short phrases ("time is of the essence") recur across speakers and
   * the corpus holds only parts of what anyone said, so a short quote matching a line by someone
   * other than the credited speaker is no evidence of misattribution.
   */
  minWordsAgainstCredit: 6,
  /**
   * Set from the labelled misses: every out-of-corpus quote wrongly called altered had under
   * 0.73 of its information in the source, while edits of real sources (unmarked omissions,
   * a changed word) keep most of theirs. Below it, a loose resemblance is more likely another
   * statement by the same speaker than a misquote, and `altered` would accuse the page.
   */
  alteredEvidence: 0.73,
};

export interface VerdictInput {
  alignment: Alignment;
  /** The quote contains an editorial insertion "[...]". */
  hasEditorial: boolean;
  stitched: boolean;
  /** A negation or a number differs between quote and source. */
  meaningChanged: boolean;
  /** Words in the quote (editorial marks excluded). */
  wordCount: number;
  /** See informationOf in engine.ts. */
  information: number;
  /**
   * Information of the quote words the source shares. Too little, and the "match" is common
   * words ("a very long night" ~ "a very long day"): nothing identifies the source.
   */
  matchedInformation?: number;
  /** The page credits someone the corpus never quotes: a loose resemblance proves no misquote. */
  speakerOutsideCorpus?: boolean;
  /** The page names a speaker and the matched source is someone else. */
  creditedElsewhere?: boolean;
}

/** Too little text, or too common words, to say anything with confidence. */
export function isTooShort(input: VerdictInput, thresholds: Readonly<Thresholds> = THRESHOLDS): boolean {
  if (input.creditedElsewhere && input.wordCount < thresholds.minWordsAgainstCredit) return true;
  return input.wordCount < thresholds.minWords || input.information < thresholds.minInformation;
}

/** How much of what the quote says (its information) the matched source also says. */
function evidenceShare(input: VerdictInput): number {
  if (input.information <= 0) return 0;
  return Math.min(1, (input.matchedInformation ?? input.information) / input.information);
}

function exact(a: Alignment): boolean {
  return a.changed === 0 && a.added === 0 && a.dropped === 0 && a.marked === 0;
}

export function verdictFor(input: VerdictInput, thresholds: Readonly<Thresholds> = THRESHOLDS): Verdict {
  const { alignment: a } = input;
  if (isTooShort(input, thresholds) || a.score < thresholds.altered) return 'not-found';
  if ((input.matchedInformation ?? input.information) < thresholds.minInformation) return 'not-found';
  const verdict = input.stitched || input.meaningChanged ? 'altered' : exact(a) && !input.hasEditorial ? 'verbatim' : a.score >= thresholds.close ? 'close' : 'altered';
  if (verdict === 'altered' && !input.stitched && !input.meaningChanged && evidenceShare(input) < thresholds.alteredEvidence) return 'not-found';
  // Someone outside the corpus said something like a corpus line: likely their own words, not a misquote.
  return verdict === 'altered' && input.speakerOutsideCorpus ? 'not-found' : verdict;
}

/** Flags that qualify a verdict. */
export function flagsFor(input: VerdictInput & { fragment: boolean; imported: boolean }): MatchFlag[] {
  const flags: MatchFlag[] = [];
  if (input.fragment) flags.push('fragment');
  if (input.stitched) flags.push('stitched');
  if (isTooShort(input)) flags.push('too-short');
  if (input.imported) flags.push('imported-source');
  return flags;
}
