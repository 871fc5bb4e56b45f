// Splits text into raw word tokens with their character offsets in the ORIGINAL string,
// so everything later (diffs, highlights) can point back at what the page or source wrote.

export type RawKind = 'word' | 'number' | 'gap' | 'bracket' | 'percent';

export interface RawToken {
  /** The characters as written (zero-width characters removed). */
  text: string;
  start: number;
  /** Exclusive. */
  end: number;
  kind: RawKind;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const APOSTROPHES = "'’‘ʼ`´′";
const INVISIBLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
const OPEN_BRACKETS = '[';
const CLOSE_BRACKETS = ']';

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII fast path; the Unicode class test only for the rest.
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch) || INVISIBLE.includes(ch);
}

function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : DIGIT.test(ch);
}

/** Does a joiner at `i` (apostrophe, or . , between digits, or acronym dot) continue the current word? */
function joinsWord(text: string, i: number, wordStart: number): boolean {
  const ch = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (APOSTROPHES.includes(ch)) return isWordChar(prev) && isWordChar(next) && !isDigit(next);
  if (ch === ',' || ch === '.') {
    if (isDigit(prev) && isDigit(next)) return true;
  }
  if (ch === '.') return isAcronymDot(text, i, wordStart);
  return false;
}

/** "U.S." / "U.N." / "U.S.A.": single letters separated by dots. */
function isAcronymDot(text: string, i: number, wordStart: number): boolean {
  const sofar = text.slice(wordStart, i);
  const lastSegment = sofar.split('.').pop() ?? '';
  if (lastSegment.length !== 1 || !/\p{Lu}/u.test(lastSegment)) return false;
  const next = text[i + 1];
  if (next !== undefined && /\p{Lu}/u.test(next) && text[i + 2] === '.') return true;
  // The closing dot of an acronym like "U.S." — only once we already have "U.S".
  return sofar.includes('.');
}

/** Ellipsis written as "…", "..." or ". . .": returns its length at i, or 0. */
function ellipsisAt(text: string, i: number): number {
  if (text[i] === '…') return 1;
  const m = /^(?:\.\s?){2}\./.exec(text.slice(i, i + 6));
  return m ? m[0].length : 0;
}

function readWord(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    if (isWordChar(text[i])) i++;
    else if (joinsWord(text, i, start)) i++;
    else break;
  }
  return i;
}

function stripInvisible(s: string): string {
  let out = '';
  for (const ch of s) if (!INVISIBLE.includes(ch)) out += ch;
  return out;
}

/**
 * Tokenise: words (with internal apostrophes, digit groups and acronym dots), ellipses
 * (`gap`), `%` (`percent`) and, when `brackets` is on, editorial insertions `[...]` as one
 * `bracket` token. Everything else (punctuation, dashes, spaces) separates tokens.
 */
export function tokenize(text: string, options: { brackets?: boolean } = {}): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const ell = ellipsisAt(text, i);
    if (ell > 0) {
      out.push({ text: text.slice(i, i + ell), start: i, end: i + ell, kind: 'gap' });
      i += ell;
    } else if (options.brackets && OPEN_BRACKETS.includes(ch)) {
      const close = text.indexOf(CLOSE_BRACKETS, i + 1);
      const end = close === -1 || close - i > 80 ? i + 1 : close + 1;
      if (end > i + 1) out.push({ text: text.slice(i, end), start: i, end, kind: 'bracket' });
      i = end;
    } else if (ch === '%') {
      out.push({ text: ch, start: i, end: i + 1, kind: 'percent' });
      i++;
    } else if (isWordChar(ch) && !INVISIBLE.includes(ch)) {
      const end = readWord(text, i);
      const raw = stripInvisible(text.slice(i, end));
      const kind = isDigit(raw[0]) ? 'number' : 'word';
      out.push({ text: raw, start: i, end, kind });
      i = end;
    } else {
      i++;
    }
  }
  return out;
}
