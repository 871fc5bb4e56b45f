// Pairs extracted quotes with labelled ones by their words (offsets differ between the .txt
// and DOM renderings, and labels are written as text), one-to-one, best overlap first.
import type { ExtractedQuote } from '../../lib/extract/types';

export function wordsOf(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Shared words (as a multiset) over the longer side: 1 = same words, 0.5 = half of the longer covered. */
export function overlap(a: string, b: string): number {
  const x = wordsOf(a);
  const y = wordsOf(b);
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of x) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return shared / Math.max(x.length, y.length);
}

/** Below this the two are different quotes (a quote cut in half still pairs with its label). */
export const PAIR_MIN_OVERLAP = 0.5;

export interface Pairing {
  /** For each label, the index of its extracted quote or -1. */
  byLabel: number[];
  /** Extracted quotes no label claimed. */
  unpaired: number[];
  /** Extracted quotes that are further parts of a labelled quote (see partOfLabel). */
  parts: number[];
}

export function pairQuotes(labels: { text: string }[], predicted: ExtractedQuote[]): Pairing {
  const candidates: Array<{ l: number; p: number; score: number }> = [];
  labels.forEach((l, li) =>
    predicted.forEach((p, pi) => {
      const score = overlap(l.text, p.text);
      if (score >= PAIR_MIN_OVERLAP) candidates.push({ l: li, p: pi, score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.l - b.l || a.p - b.p);
  const byLabel = labels.map(() => -1);
  const taken = new Set<number>();
  for (const c of candidates) {
    if (byLabel[c.l] !== -1 || taken.has(c.p)) continue;
    byLabel[c.l] = c.p;
    taken.add(c.p);
  }
  const covered = (i: number) => byLabel.some((pi, li) => pi >= 0 && partOfLabel(predicted[i]!, predicted[pi]!, labels[li]!.text));
  const rest = predicted.map((_, i) => i).filter((i) => !taken.has(i));
  return { byLabel, unpaired: rest.filter((i) => !covered(i)), parts: rest.filter(covered) };
}

/**
 * A label may cover a quote the page splits into several spans of one group (a multi-paragraph
 * quote is one span per paragraph): the other spans of that group, whose words all lie in the
 * label, are parts of the same labelled quote, not extra quotes.
 */
function partOfLabel(part: ExtractedQuote, paired: ExtractedQuote, label: string): boolean {
  if (part.group === undefined || part.group !== paired.group) return false;
  const inLabel = new Set(wordsOf(label));
  const words = wordsOf(part.text);
  return words.length > 0 && words.filter((w) => inLabel.has(w)).length / words.length >= 0.8;
}

/** Same person once case, accents and dots are set aside ("Sauli Niinistö" = "sauli niinisto"). */
export function sameSpeakerLoose(a: string | null | undefined, b: string | null | undefined): boolean {
  return wordsOf(a ?? '').join(' ') === wordsOf(b ?? '').join(' ');
}
