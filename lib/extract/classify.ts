// Statement, fragment or term. A statement is a full utterance (or a long passage) someone is
// reported to have said; a fragment is a short phrase of reported speech inside the reporter's
// sentence; a term is a scare quote, a title or a named thing ("Tiger Team", "open door policy").
import type { Attribution } from './attribute';
import { countWords, isLetter, isUpper } from './chars';
import { NAMING_BEFORE_RE } from './cue-words';
import type { QuoteKind } from './types';
import type { RawSpan } from './spans';

/** Long enough to stand for what was said even when it starts mid-sentence. */
const LONG_PASSAGE_WORDS = 12;

function startsLikeSentence(quote: string): boolean {
  for (const ch of quote) {
    if (ch === '[' || ch === '…' || ch === '(') return true; // editorial insertion or elision at the start
    if (isLetter(ch)) return isUpper(ch);
    if (/\d/.test(ch)) return true;
  }
  return false;
}

/** Every longer word capitalised and no closing punctuation: a name or title. */
function looksLikeTitle(quote: string): boolean {
  if (/[.!?,;:…]$/.test(quote.trim())) return false;
  const words = quote.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const significant = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length > 3);
  return words.length > 0 && words.length <= 8 && significant.length > 0 && significant.every((w) => isUpper(w.replace(/^[^\p{L}]+/u, '')[0]));
}

/** A determiner or possessive right before the mark: the quote fills a noun slot ("its “peace dividend”", "Putin’s ‘special operation’"). */
const NOUN_SLOT_BEFORE_RE = /(?:\b(?:the|its|their|his|her|our|this|these|those)|\p{L}['’]s)\s*$/iu;

/** An all-capitals quote in an all-capitals headline is shouted speech, not a title. */
function isShouted(quote: string): boolean {
  const letters = quote.replace(/[^\p{L}]/gu, '');
  return countWords(quote) >= 3 && letters.length > 0 && letters === letters.toUpperCase();
}

export function classifyQuote(span: RawSpan, quote: string, maskedBefore: string, attr: Attribution): QuoteKind {
  if (span.origin === 'transcript' || span.origin === 'pull') return 'statement';
  const words = countWords(quote);
  const reported = attr.found || attr.speech;
  const punctuated = /[.!?…,;]$/.test(quote.trim());
  if ((NAMING_BEFORE_RE.test(maskedBefore) || /^so[- ]called\b/i.test(quote)) && words <= 8) return 'term';
  if (looksLikeTitle(quote) && words <= 6 && !attr.direct && !isShouted(quote)) return 'term';
  if (words <= 4 && !attr.direct && !punctuated && NOUN_SLOT_BEFORE_RE.test(maskedBefore)) return 'term';
  if (words <= 6 && /\(\s*$/.test(maskedBefore)) return 'term'; // a gloss: Zeitenwende („turning point“)
  if (words <= 3 && !punctuated) return reported ? 'fragment' : 'term';
  if (startsLikeSentence(quote) && punctuated && attr.found) return 'statement'; // “Yes,” he said.

  if (span.origin === 'blockquote' && words >= 4) return 'statement';
  if (startsLikeSentence(quote) && words >= 3) return 'statement';
  if (attr.direct && words >= 4) return 'statement';
  if (words >= LONG_PASSAGE_WORDS) return 'statement';
  return reported || words >= 6 ? 'fragment' : 'term';
}
