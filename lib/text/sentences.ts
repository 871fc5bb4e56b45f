/**
 * Sentence splitting for official transcripts. A boundary is a terminal mark (. ? ! …),
 * optionally followed by closing quotes/brackets, then whitespace, then something that can
 * start a sentence. Abbreviations, initials, "No. 1" and dotted acronyms are not boundaries.
 */

/** Words that end with a period without ending the sentence (compared lower-case, no dot). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'lt', 'col', 'maj', 'capt', 'adm', 'sgt',
  'sen', 'rep', 'gov', 'amb', 'hon', 'rev', 'pres', 'messrs', 'mme', 'mlle',
  'vs', 'etc', 'cf', 'approx', 'dept', 'est', 'fig', 'inc', 'ltd', 'co', 'corp', 'vol', 'art', 'para', 'op',
]);
/** Only abbreviations when a number follows ("No. 1", "11 Jul. 2023", "Art. 5"). */
const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'p', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** After a dotted acronym ("U.S.") these words show that a new sentence did start. */
const SENTENCE_STARTERS = new Set([
  'The', 'We', 'I', 'And', 'But', 'So', 'This', 'That', 'It', 'They', 'Our', 'In', 'There', 'These', 'He', 'She',
  'What', 'Thank', 'Let', 'Now', 'As', 'If', 'At', 'Allies', 'NATO',
]);

const CLOSERS = '”’"\')\\]»';
const BOUNDARY = new RegExp(`([.?!…]+)([${CLOSERS}]*)(\\s+)(?=(\\S+))`, 'gu');
const CAN_START = /^[\p{Lu}\p{N}“‘"'([«¿¡–—-]/u;

function wordBefore(text: string, end: number): string {
  const m = /(\S+)$/u.exec(text.slice(Math.max(0, end - 40), end));
  return m?.[1] ?? '';
}

/** True when the period ending `word` (word without its final dot) belongs to the word. */
function isAbbreviationBeforeNext(word: string, next: string): boolean {
  const bare = word.replace(/^[“‘"'([«]+/u, '');
  const lower = bare.toLowerCase();
  if (ABBREVIATIONS.has(lower) || lower === 'e.g' || lower === 'i.e') return true;
  if (/^\p{Lu}$/u.test(bare)) return true; // an initial: "Antony J. Blinken"
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\p{N}/u.test(next)) return true;
  // Dotted acronyms ("U.S.", "U.K.") usually sit inside a sentence.
  if (/^(\p{L}\.)+\p{L}$/u.test(bare)) return !SENTENCE_STARTERS.has(next.replace(/[^\p{L}]/gu, ''));
  return false;
}

function isBoundary(text: string, m: RegExpExecArray, start: number): boolean {
  const [, marks = '', closers = '', , next = ''] = m;
  if (!CAN_START.test(next)) return false;
  if (marks !== '.' || closers) return true;
  const word = wordBefore(text, m.index);
  // "12. We, the Heads of State…": a paragraph number, not a sentence.
  if (/^\(?\d{1,3}$/u.test(word) && m.index - word.length <= start) return false;
  return !isAbbreviationBeforeNext(word, next);
}

/** Splits one paragraph (whitespace already collapsed or not) into trimmed sentences. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/gu, ' ').trim();
  if (!text) return [];
  const out: string[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (!isBoundary(text, m, start)) continue;
    const end = m.index + (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
    out.push(text.slice(start, end).trim());
    start = end + (m[3]?.length ?? 0);
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => /\p{L}/u.test(s));
}
