// Retrieval + alignment: the best-aligned window among the top candidates.
import { alignQuote, type Alignment } from './align';
import { attributionFor } from './attribution';
import { findCandidates } from './candidates';
import type { PreparedQuote } from './quote-side';
import type { StatementIndex } from './shingle-index';
import { windowAround, type SourceWindow } from './windows';

export interface Aligned {
  alignment: Alignment;
  window: SourceWindow;
}

/** Statements retrieved per quote before alignment. */
export const CANDIDATES = 8;

interface Scored extends Aligned {
  /** The page credits the quote to this window's speaker. */
  agrees: boolean;
}

/** Higher score; on a tie, the source whose speaker the page names; then more words matched. */
function better(a: Scored, b: Scored): boolean {
  if (a.alignment.score !== b.alignment.score) return a.alignment.score > b.alignment.score;
  if (a.agrees !== b.agrees) return a.agrees;
  return a.alignment.matched > b.alignment.matched;
}

/** Quote word id → how many times it occurs. */
function bagOf(ids: Int32Array): Map<number, number> {
  const bag = new Map<number, number>();
  for (const id of ids) if (id >= 0) bag.set(id, (bag.get(id) ?? 0) + 1);
  return bag;
}

/**
 * An upper bound of the alignment score in a window: every quote word is matched, added or
 * changed, so score ≤ (quote words also in the window) / (quote words). Joined compounds
 * can beat the bag count, hence the small allowance.
 */
function scoreBound(bag: Map<number, number>, words: number, window: Int32Array): number {
  const left = new Map(bag);
  let shared = 0;
  for (const id of window) {
    const n = left.get(id);
    if (n) {
      shared++;
      left.set(id, n - 1);
    }
  }
  return Math.min(1, (shared + 2) / Math.max(1, words));
}

/** Aligns the quote against windows around the top candidates; null if nothing shares a word. */
export function bestAlignment(index: StatementIndex, quote: PreparedQuote, claimedSpeaker: string | null = null): Aligned | null {
  const candidates = findCandidates(index, quote.side.ids, CANDIDATES);
  const covered = new Set<number>();
  const bag = bagOf(quote.side.ids);
  let best: Scored | null = null;
  for (const { slot, score } of candidates) {
    if (covered.has(slot)) continue;
    if (best && score < candidates[0]!.score * 0.2) break;
    const agrees = claimedSpeaker !== null && attributionFor(claimedSpeaker, index.slots[slot]!.statement.speaker) === 'agrees';
    const window = windowAround(index, slot, quote.wordCount);
    const bound = best ? scoreBound(bag, quote.wordCount, window.ids) : 1;
    if (best && (bound < best.alignment.score || (bound === best.alignment.score && (best.agrees || !agrees)))) continue;
    const alignment = alignQuote(quote.side, window.ids, window.owner);
    // Slots in the middle of this window were already considered in full.
    for (let k = 1; k < window.slots.length - 1; k++) covered.add(window.slots[k]!);
    covered.add(slot);
    const scored = { alignment, window, agrees };
    if (!best || better(scored, best)) best = scored;
    if (best.alignment.score === 1 && (best.agrees || claimedSpeaker === null)) break;
  }
  return best;
}
