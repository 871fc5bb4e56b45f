// Which characters can open or close a quotation, judged from the glyph and its neighbours.
// Apostrophes (don't, Allies’, the ’90s, rock ’n’ roll, O’Brien) are rejected here.
import { isSpace, isWordChar, isLetter, isLower } from './chars';

export type Family = 'double' | 'single' | 'angle' | 'angle1' | 'corner' | 'corner2';

export interface Mark {
  pos: number;
  glyph: string;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
  /** A possessive-looking close ("Allies’ support"): used only when no better close follows. */
  weak: boolean;
}

const FAMILY: Record<string, Family> = {
  '"': 'double', '“': 'double', '”': 'double', '„': 'double', '‟': 'double', '″': 'double', '＂': 'double',
  "'": 'single', '‘': 'single', '’': 'single', '‚': 'single', '‛': 'single',
  '«': 'angle', '»': 'angle', '‹': 'angle1', '›': 'angle1',
  '「': 'corner', '」': 'corner', '『': 'corner2', '』': 'corner2',
};

export function isQuoteGlyph(ch: string | undefined): boolean {
  return ch !== undefined && FAMILY[ch] !== undefined;
}

const OPEN_CONTEXT = '([{<—–-/:;,\u00a0';
const CLOSE_CONTEXT = '.,;:!?)]}>—–-/…';

/** Left-flanking: the mark sits before a word ("He said “We…"). */
function opensContext(prev: string | undefined, next: string | undefined): boolean {
  if (isSpace(next)) return false;
  return isSpace(prev) || OPEN_CONTEXT.includes(prev ?? '') || isQuoteGlyph(prev);
}
/** Right-flanking: the mark sits after a word ("…at sea,” he said"). */
function closesContext(prev: string | undefined, next: string | undefined): boolean {
  if (isSpace(prev)) return false;
  return isSpace(next) || CLOSE_CONTEXT.includes(next ?? '') || isQuoteGlyph(next);
}

// Elisions that start with an apostrophe: ’90s, 'em, 'tis, ’n’.
const ELISION_RE = /^(?:\d\d?s?\b|em\b|tis\b|twas\b|n[’']|cause\b|til\b|bout\b)/i;

function singleMark(text: string, pos: number, glyph: string, prev: string | undefined, next: string | undefined): Mark | null {
  if (isWordChar(prev) && isWordChar(next)) return null; // don't, O’Brien
  const elision = ELISION_RE.test(text.slice(pos + 1, pos + 6));
  const canOpen = glyph !== '’' && !elision && opensContext(prev, next) && isWordChar(next) || glyph === '‚' && !isSpace(next);
  const canClose = glyph !== '‚' && closesContext(prev, next) && !(glyph === '‘' && !isSpace(next) && isSpace(prev));
  if (!canOpen && !canClose) return null;
  const weak = canClose && (prev === 's' || prev === 'S') && isSpace(next) && isLower(text[pos + 2]);
  return { pos, glyph, family: 'single', canOpen, canClose, weak };
}

/** Classify the character at `pos`, or null when it is not a usable quote mark. */
export function markAt(text: string, pos: number): Mark | null {
  const glyph = text[pos];
  if (glyph === undefined) return null;
  const family = FAMILY[glyph];
  if (!family) return null;
  const prev = text[pos - 1];
  const next = text[pos + 1];
  if (family === 'single') return singleMark(text, pos, glyph, prev, next);
  const [canOpen, canClose] = directions(glyph, prev, next);
  return canOpen || canClose ? { pos, glyph, family, canOpen, canClose, weak: false } : null;
}

function directions(glyph: string, prev: string | undefined, next: string | undefined): [boolean, boolean] {
  switch (glyph) {
    case '"': case '＂':
      return [opensContext(prev, next), closesContext(prev, next) || (isLetter(prev) && !isSpace(next) && !isWordChar(next))];
    case '“': // also closes after „ (German) or as a typo at the end of a word
      return [!isSpace(next), !isSpace(prev) && (isSpace(next) || CLOSE_CONTEXT.includes(next ?? ''))];
    case '”': // also opens in Swedish/Finnish style or as a typo ("said ”We")
      return [opensContext(prev, next) && !closesContext(prev, next), !isSpace(prev) || isSpace(next)];
    case '„': case '‟': case '「': case '『':
      return [!isSpace(next), false];
    case '″': case '」': case '』':
      return [false, true];
    default: // « » ‹ › open or close depending on the page's convention; pairing decides
      return [true, true];
  }
}
