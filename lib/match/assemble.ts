// Scoring a match once the alignment (and any stitched piece) is known: the combined
// score, the word diff, whether the meaning changed, and how informative the quote is.
import { MARKED_WEIGHT, type Alignment, type Step } from './align';
import type { Aligned } from './best-alignment';
import { diffFor } from './diff';
import { changesMeaning, looksLikeName, type WordAccess } from './meaning';
import type { PreparedQuote } from './quote-side';
import type { StatementIndex } from './shingle-index';
import { stepsAround, type Stitch } from './stitch';
import type { DiffOp } from './types';
import { WILD } from './vocab';

/**
 * How much a match of this quote can prove: its words' rarity summed, each word's IDF divided
 * by the largest IDF possible in this corpus — so the unit is "one word as rare as can be",
 * whatever the corpus size (a word in every statement counts ~0).
 */
export function informationOf(index: StatementIndex, quote: PreparedQuote): number {
  const maxIdf = Math.log((index.size + 1) / 0.5);
  let info = 0;
  for (const id of quote.side.ids) if (id !== WILD && id > -2) info += Math.min(1, index.idf(id) / maxIdf);
  return info;
}

/** The same measure over the quote words the source actually shares (an alignment's `same` steps). */
export function matchedInformationOf(index: StatementIndex, quote: PreparedQuote, steps: Step[]): number {
  const maxIdf = Math.log((index.size + 1) / 0.5);
  const rarity = (q: number | undefined) => {
    const id = q === undefined || q < 0 ? WILD : quote.side.ids[q]!;
    return id !== WILD && id > -2 ? Math.min(1, index.idf(id) / maxIdf) : 0;
  };
  let info = 0;
  for (const st of steps) if (st.op === 'same') info += rarity(st.q) + rarity(st.q2);
  return info;
}

function combinedScore(parts: Alignment[]): number {
  let matched = 0;
  let denominator = 0;
  for (const a of parts) {
    matched += a.matched;
    denominator += a.matched + a.changed + a.added + a.dropped + MARKED_WEIGHT * a.marked;
  }
  return denominator > 0 ? matched / denominator : 0;
}

/** Counts of the steps kept from the main window once the stitched run is taken out. */
function countSteps(steps: Step[]): Alignment {
  const a: Alignment = { steps, spanStart: -1, spanEnd: -1, matched: 0, changed: 0, added: 0, dropped: 0, marked: 0, score: 0 };
  for (const st of steps) {
    if (st.op === 'same') a.matched += st.q2 !== undefined ? 2 : 1;
    else if (st.op === 'marked') a.marked += st.s >= 0 ? 1 : 0;
    else a[st.op]++;
  }
  return a;
}

export interface Assembled {
  score: number;
  diff: DiffOp[];
  meaningChanged: boolean;
  exactCounts: Alignment;
}

function wordsOf(index: StatementIndex, quote: PreparedQuote, aligned: Aligned): WordAccess {
  const win = aligned.window;
  const sourceOf = (s: number) => index.slots[win.slots[win.owner[s]!]!]!;
  return {
    quote: (q) => quote.norms[q] ?? '',
    source: (s) => index.vocab.word(win.ids[s]!),
    quoteIsName: (q) => looksLikeName(quote.text, quote.packed.starts[q]!, quote.packed.ends[q]!),
    sourceIsName: (s) => {
      const { statement, tokens } = sourceOf(s);
      const local = win.local[s]!;
      return looksLikeName(statement.text, tokens.starts[local]!, tokens.ends[local]!);
    },
  };
}

export function assemble(index: StatementIndex, quote: PreparedQuote, best: Aligned, stitch: Stitch | null): Assembled {
  const main = best.alignment;
  if (!stitch) {
    const words = wordsOf(index, quote, best);
    return {
      score: main.score,
      diff: diffFor(main.steps, quote, index, best.window),
      meaningChanged: changesMeaning(main.steps, words),
      exactCounts: main,
    };
  }
  const { before, after } = stepsAround(main.steps, stitch);
  const piece = stitch.piece.alignment;

  const kept = countSteps([...before, ...after]);
  return {
    score: combinedScore([kept, piece]),
    diff: [
      ...diffFor(before, quote, index, best.window),
      ...diffFor(piece.steps, quote, index, stitch.piece.window),
      ...diffFor(after, quote, index, best.window),
    ],
    meaningChanged:
      changesMeaning([...before, ...after], wordsOf(index, quote, best)) || changesMeaning(piece.steps, wordsOf(index, quote, stitch.piece)),
    exactCounts: { ...kept, changed: kept.changed + piece.changed, added: kept.added + piece.added },
  };
}

export function keptSteps(best: Aligned, stitch: Stitch | null): Step[] {
  if (!stitch) return best.alignment.steps;
  const { before, after } = stepsAround(best.alignment.steps, stitch);
  return [...before, ...after];
}

