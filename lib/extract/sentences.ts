// Sentences of a paragraph (on the masked text, so quoted words never split them) and the cue
// verbs inside one sentence.
import { isSpace } from './chars';
import { CUE_RE } from './cue-words';
import { endsSentenceAt, type Paragraph } from './paragraphs';

export interface Sentence {
  start: number;
  end: number;
  para: number;
  /** Index within its paragraph. */
  index: number;
}

/** Cue verbs inside one sentence (collected first: resolving a subject may scan other sentences). */
export function cueMatches(masked: string, s: Sentence): { index: number; 0: string }[] {
  // Scan only this sentence: a regex left to run on would search the rest of the page for its next hit.
  const sentence = masked.slice(s.start, s.end);
  const matches: { index: number; 0: string }[] = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(sentence); m; m = CUE_RE.exec(sentence)) matches.push({ index: s.start + m.index, 0: m[0] });
  return matches;
}

export function splitSentences(masked: string, para: Paragraph, p: number): Sentence[] {
  const sentences: Sentence[] = [];
  let start = para.start;
  const stops = /[.!?…]/g;
  stops.lastIndex = para.start;
  for (let m = stops.exec(masked); m && m.index < para.end; m = stops.exec(masked)) {
    const i = m.index;
    if (i < start || !endsSentenceAt(masked, i, para.end)) continue;
    let j = i + 1;
    while (j < para.end && !isSpace(masked[j])) j++;
    sentences.push({ start, end: j, para: p, index: sentences.length });
    while (j < para.end && isSpace(masked[j])) j++;
    start = j;
  }
  if (start < para.end) sentences.push({ start, end: para.end, para: p, index: sentences.length });
  return sentences;
}

/** Index of the last element whose key is <= pos, or -1. */
export function lastAtOrBefore<T>(items: T[], pos: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

