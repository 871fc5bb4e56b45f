// Paragraphs (line-separated blocks) and sentence starts. A line break always ends a paragraph:
// page text and the DOM flattening both put one between blocks.
import { isSpace, isUpper, isWordChar, MASK, trimRange } from './chars';

export interface Paragraph {
  start: number;
  end: number;
}

export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const breaks = /[\n\r\u2028\u2029]/g;
  let lineStart = 0;
  for (;;) {
    const m = breaks.exec(text);
    const i = m ? m.index : text.length;
    const [s, e] = trimRange(text, lineStart, i);
    if (e > s) paragraphs.push({ start: s, end: e });
    if (!m) return paragraphs;
    lineStart = i + 1;
  }
}

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen sen rep gov lt col maj capt sgt jr sr no vs etc u.s u.k u.n e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec ft mt approx dept est fig inc ltd co corp'.split(' '),
);

function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && s > dot - 12 && (isWordChar(text[s - 1]) || text[s - 1] === '.')) s--;
  return text.slice(s, dot).toLowerCase();
}

/** True when the punctuation at `i` ends a sentence (followed by space and a capital/quote/digit). */
export function endsSentenceAt(text: string, i: number, limit: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') return false;
  let j = i + 1;
  while (j < limit && isClosingish(text[j])) j++;
  if (j >= limit) return true;
  if (!isSpace(text[j])) return false;
  while (j < limit && isSpace(text[j])) j++;
  if (j >= limit) return true;
  const next = text[j];
  if (!(isUpper(next) || next === MASK || isOpeningish(next) || /\d/.test(next ?? ''))) return false;
  if (ch !== '.') return true;
  const word = wordBefore(text, i);
  if (ABBREVIATIONS.has(word)) return false;
  return !(word.length === 1 && isUpper(text[i - 1])); // an initial: "Antony J. Blinken"
}

function isClosingish(ch: string | undefined): boolean {
  return ch === MASK || (!!ch && '"”’\')]»›」』″'.includes(ch));
}
function isOpeningish(ch: string | undefined): boolean {
  return !!ch && '"“‘\'([«‹„「『'.includes(ch);
}

/** Start of the sentence containing `pos`, searching back no further than `limit`. */
export function sentenceStartBefore(text: string, pos: number, limit: number): number {
  for (let i = pos - 1; i >= limit; i--) {
    if (endsSentenceAt(text, i, pos)) {
      let j = i + 1;
      while (j < pos && (isClosingish(text[j]) || isSpace(text[j]))) j++;
      if (j < pos) return j; // punctuation right before `pos` ends the wanted sentence, not a previous one
    }
  }
  return limit;
}

/** End (exclusive) of the sentence containing `pos`, searching forward no further than `limit`. */
export function sentenceEndAfter(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    if (endsSentenceAt(text, i, limit)) {
      let j = i + 1;
      while (j < limit && isClosingish(text[j])) j++;
      return j;
    }
  }
  return limit;
}

/**
 * Hard-wrapped plain text (e-mail or terminal style: lines of at most ~100 characters, blank
 * lines between paragraphs) gets its single line breaks turned into spaces, so that a quote may
 * run across lines. Same length as the input, so offsets stay valid. Null when not hard-wrapped.
 */
export function unwrapSoftBreaks(text: string): string | null {
  if (!/\n[ \t]*\n/.test(text)) return null;
  const lines = text.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim().length > 0);
  if (lines.length < 5) return null;
  const short = lines.filter((l) => l.length <= 100).length;
  const lengths = lines.map((l) => l.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? 0;
  const wrappedBlock = /[^\n]\n[^\n]+\n[^\n]+\n[^\n]/.test(text);
  if (short / lines.length < 0.95 || median < 40 || !wrappedBlock) return null;
  return text.replace(/([^\n\r])\r?\n(?=[ \t]*[^\s])/g, (m: string, ch: string) => ch + ' '.repeat(m.length - 1));
}
