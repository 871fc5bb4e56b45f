// Quotes stitched from non-adjacent sentences of one document: after the best window, a long
// run of quote words that found no partner there is aligned against the whole document.
import { alignQuote, type Alignment, type QuoteSide, type Step } from './align';
import type { Aligned } from './best-alignment';
import type { PreparedQuote } from './quote-side';
import type { StatementIndex } from './shingle-index';
import { buildWindow, type SourceWindow } from './windows';

export interface Stitch {
  /** Quote tokens [from, to) that come from elsewhere in the document. */
  from: number;
  to: number;
  piece: Aligned;
}

/** The piece must align at least this well to count as coming from the same document. */
const PIECE_MIN_SCORE = 0.75;
const MIN_RUN_WORDS = 4;
/** The rest of a stitched quote must match its main window at least this well. */
const REST_MIN_SCORE = 0.75;
/** Bounded work on very long documents. */
const MAX_DOC_TOKENS = 6000;

/** Longest run of quote tokens left unmatched (added or changed) by the alignment. */
function longestUnmatchedRun(steps: Step[], n: number): [number, number] {
  const matched = new Uint8Array(n);
  for (const st of steps) {
    if (st.op === 'same' || st.op === 'marked') {
      matched[st.q] = 1;
      if (st.q2 !== undefined) matched[st.q2] = 1;
    }
  }
  let best: [number, number] = [0, 0];
  for (let i = 0; i < n; ) {
    if (matched[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && !matched[j]) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  return best;
}

function sliceSide(side: QuoteSide, from: number, to: number): QuoteSide {
  return {
    ids: side.ids.slice(from, to),
    splitA: side.splitA.slice(from, to),
    splitB: side.splitB.slice(from, to),
    joined: side.joined.slice(from, to).fill(-1, 0, 1),
  };
}

function outsideWindow(piece: Alignment, docWin: SourceWindow, main: SourceWindow): boolean {
  if (piece.spanStart < 0) return false;
  const slot = docWin.slots[docWin.owner[piece.spanStart]!]!;
  const slotEnd = docWin.slots[docWin.owner[piece.spanEnd]!]!;
  return !main.slots.includes(slot) || !main.slots.includes(slotEnd);
}

/** Quote token ranges [from, to) of its sentences (split at . ! ? ; between tokens). */
function sentenceRanges(quote: PreparedQuote): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const { starts, ends } = quote.packed;
  let from = 0;
  for (let i = 1; i <= starts.length; i++) {
    const boundary = i === starts.length || /[.!?;]/.test(quote.text.slice(ends[i - 1]!, starts[i]!));
    if (!boundary) continue;
    ranges.push([from, i]);
    from = i;
  }
  return ranges;
}

/** How well quote tokens [from, to) fared inside the main alignment. */
function localScore(steps: Step[], from: number, to: number): number {
  let same = 0;
  let other = 0;
  let inside = false;
  for (const st of steps) {
    if (st.q >= from && st.q < to) inside = true;
    else if (st.q >= to) inside = false;
    if (!inside || st.op === 'marked') continue;
    if (st.op === 'same') same += st.q2 !== undefined ? 2 : 1;
    else other++;
  }
  return same + other > 0 ? same / (same + other) : 0;
}

/** How well the quote words OUTSIDE [from, to) fared in the main alignment. */
function restScore(steps: Step[], from: number, to: number): number {
  let same = 0;
  let other = 0;
  for (const st of steps) {
    if (st.q < 0 || (st.q >= from && st.q < to) || st.op === 'marked') continue;
    if (st.op === 'same') same += st.q2 !== undefined ? 2 : 1;
    else other++;
  }
  return same + other > 0 ? same / (same + other) : 0;
}

/**
 * Ranges worth looking for elsewhere: long enough, poorly matched here, while the rest of the
 * quote matches here well (otherwise the quote is simply not from this window).
 */
function candidateRanges(quote: PreparedQuote, steps: Step[]): Array<[number, number]> {
  const words = (r: [number, number]) => quote.norms.slice(r[0], r[1]).filter(Boolean).length;
  const ranges = [longestUnmatchedRun(steps, quote.side.ids.length), ...sentenceRanges(quote)];
  return ranges.filter(
    (r) =>
      words(r) >= MIN_RUN_WORDS &&
      words(r) < quote.wordCount &&
      localScore(steps, r[0], r[1]) < 0.9 &&
      restScore(steps, r[0], r[1]) >= REST_MIN_SCORE,
  );
}

export function findStitch(index: StatementIndex, quote: PreparedQuote, best: Aligned): Stitch | null {
  // A stitched quote still matches its main piece well; don't search whole documents for noise.
  if (best.alignment.matched < MIN_RUN_WORDS || best.alignment.score < 0.3) return null;
  const ranges = candidateRanges(quote, best.alignment.steps);
  const doc = index.docs.get(best.window.docId);
  if (ranges.length === 0 || !doc) return null;
  const docWin = buildWindow(index, best.window.docId, doc);
  if (docWin.ids.length > MAX_DOC_TOKENS) return null;
  let found: Stitch | null = null;
  for (const [from, to] of ranges) {
    const alignment = alignQuote(sliceSide(quote.side, from, to), docWin.ids, docWin.owner);
    const gain = alignment.score - localScore(best.alignment.steps, from, to);
    if (alignment.score < PIECE_MIN_SCORE || gain < 0.2 || !outsideWindow(alignment, docWin, best.window)) continue;
    if (found && found.piece.alignment.score >= alignment.score) continue;
    found = { from, to, piece: { alignment, window: docWin } };
  }
  // Steps of the piece refer to the sliced quote; shift them back to whole-quote indices.
  for (const st of found?.piece.alignment.steps ?? []) {
    if (st.q >= 0) st.q += found!.from;
    if (st.q2 !== undefined) st.q2 += found!.from;
  }
  return found;
}

/** Main-window steps outside the stitched run (before it and after it). */
export function stepsAround(steps: Step[], stitch: Stitch): { before: Step[]; after: Step[] } {
  const before: Step[] = [];
  const after: Step[] = [];
  let phase: 'before' | 'run' | 'after' = 'before';
  for (const st of steps) {
    if (st.q >= stitch.from && st.q < stitch.to) phase = 'run';
    else if (st.q >= stitch.to) phase = 'after';
    // Source words the run was forced against in the main window mean nothing.
    if (phase === 'run') continue;
    (phase === 'before' ? before : after).push(st);
  }
  return { before, after };
}
