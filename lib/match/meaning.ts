// Edits that change what was said, however small: a negation or a number that differs, or
// one name put in place of another ("Finland" → "Sweden"). One such edit is enough to make
// a quote `altered`, whatever the score says.
import type { Step } from './align';

const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'without']);

/** Normalised words and "is this a name" for both sides of an alignment. */
export interface WordAccess {
  quote(q: number): string;
  source(s: number): string;
  quoteIsName(q: number): boolean;
  sourceIsName(s: number): boolean;
}

function isMeaningWord(word: string): boolean {
  return NEGATIONS.has(word) || /^\d/.test(word);
}

/**
 * A capitalised word that is not the first of its sentence (nor "I"): a name. Works on the
 * original text, where `start` is the word's offset.
 */
export function looksLikeName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}/u.test(word) || word === 'I' || word.startsWith("I'") || word.startsWith('I’')) return false;
  const before = text.slice(Math.max(0, start - 4), start).trimEnd();
  return before !== '' && !/[.!?:;“"‘'([—–-]$/.test(before);
}

/**
 * True when an edited word (added, dropped or changed) is a negation or a number — even a
 * negation that merely moves ("he is not planning for peace" → "he is planning for peace,
 * he's not planning…") reverses what was said — or when a name replaces another name.
 */
export function changesMeaning(steps: Step[], words: WordAccess): boolean {
  for (const step of steps) {
    if (step.op === 'same' || step.op === 'marked') continue;
    if (step.q >= 0 && isMeaningWord(words.quote(step.q))) return true;
    if (step.s >= 0 && isMeaningWord(words.source(step.s))) return true;
    if (step.op === 'changed' && words.quoteIsName(step.q) && words.sourceIsName(step.s)) return true;
  }
  return false;
}
