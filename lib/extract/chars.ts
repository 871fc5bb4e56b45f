// Character classes shared by the extraction modules (Unicode-aware, no regex per call where it matters).

const SPACE_RE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/;
const LETTER_RE = /\p{L}/u;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/** Whitespace including NBSP and zero-width characters (they separate words on real pages). */
// ASCII fast paths: these run once per character on megabyte pages.
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return true;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE_RE.test(ch);
}
export function isLetter(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_RE.test(ch);
}
export function isWordChar(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT_RE.test(ch);
}
export function isUpper(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_RE.test(ch);
}
export function isLower(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_RE.test(ch);
}
export function isLineBreak(ch: string | undefined): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}

/** Placeholder written over quoted words when looking for the reporter's own words around them. */
export const MASK = '\ue000';

/** Number of words (runs containing a letter or digit). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word: boolean = isWordChar(text[i]) || (inWord && (text[i] === '’' || text[i] === "'" || text[i] === '-'));
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}

/** [start, end) shrunk past whitespace on both sides. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

export function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isWordChar(text[i])) return true;
  return false;
}
