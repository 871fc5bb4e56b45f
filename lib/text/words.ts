// One word as written → its normalised forms: characters folded (NFKC, diacritics, case,
// apostrophes), contractions expanded, possessives dropped, acronyms and spelling unified.
import { americanise } from './spelling';
import { parseDigitOrdinal, parseDigits } from './numbers';
import type { RawToken } from './tokens';

const CONTRACTIONS: Record<string, string[]> = {
  "can't": ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'],
  cannot: ['can', 'not'], "let's": ['let', 'us'], "it's": ['it', 'is'], "that's": ['that', 'is'],
  "there's": ['there', 'is'], "here's": ['here', 'is'], "what's": ['what', 'is'], "who's": ['who', 'is'],
  "he's": ['he', 'is'], "she's": ['she', 'is'], "where's": ['where', 'is'], "how's": ['how', 'is'],
};
const SUFFIXES: Array<[string, string]> = [["n't", 'not'], ["'re", 'are'], ["'ve", 'have'], ["'ll", 'will'], ["'m", 'am'], ["'d", 'would']];

/** Upper-case abbreviations whose lower-case form is another word ("US" vs "us"). */
const ACRONYMS: Record<string, string> = { US: 'usa', USA: 'usa', UN: 'un', UK: 'uk', EU: 'eu' };
/** NFKC, diacritics off, lower case, one apostrophe form. */
export function foldChars(s: string): string {
  // Plain ASCII words (nearly all) need only lower-casing.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().replace(/[`]/g, "'");
  return s
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´′]/g, "'");
}

function expandApostrophes(word: string): string[] {
  const fixed = CONTRACTIONS[word];
  if (fixed) return fixed;
  if (!word.includes("'")) return [word];
  for (const [suffix, full] of SUFFIXES) {
    if (word.endsWith(suffix) && word.length > suffix.length) return [word.slice(0, -suffix.length), full];
  }
  // Possessive: "Russia's" → "russia". Other apostrophes (o'clock) just vanish.
  return [word.replace(/'s$/, '').replace(/'/g, '')];
}

/** Word → its normalised forms; news and transcripts reuse a small vocabulary, so this pays off. */
const formsCache = new Map<string, string[]>();
const CACHE_LIMIT = 200_000;

export function wordForms(raw: RawToken): string[] {
  if (raw.kind === 'number') return computeWordForms(raw);
  let forms = formsCache.get(raw.text);
  if (forms === undefined) {
    if (formsCache.size >= CACHE_LIMIT) formsCache.clear();
    forms = computeWordForms(raw);
    formsCache.set(raw.text, forms);
  }
  return forms;
}

function computeWordForms(raw: RawToken): string[] {
  const noDots = raw.text.replace(/\./g, '');
  const acronym = ACRONYMS[noDots];
  if (acronym && noDots === noDots.toUpperCase()) return [acronym];
  // Digits are canonicalised in the second pass, where "40 000" can still be joined.
  const ordinal = parseDigitOrdinal(raw.text.toLowerCase());
  if (ordinal !== null) return [`${ordinal}th`]; // "31st" = "thirty-first" (see numbers.ts)
  if (raw.kind === 'number') return [parseDigits(raw.text) === null ? raw.text : raw.text.replace(/,/g, '')];
  return expandApostrophes(foldChars(noDots)).map(americanise);
}

