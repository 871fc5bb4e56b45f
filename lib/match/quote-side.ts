// The quote, prepared once per match: token ids, plus the compound-word links that let
// "battlegroups" meet "battle groups" (and the reverse) during alignment.
import type { QuoteSide } from './align';
import { tokenizeQuote, UNKNOWN, type TokenizedText, type Vocabulary } from './vocab';

export interface PreparedQuote {
  text: string;
  packed: TokenizedText;
  norms: string[];
  side: QuoteSide;
  /** Indices of real words (not editorial marks). */
  wordCount: number;
}

function splitIntoKnownWords(word: string, vocab: Vocabulary): [number, number] {
  if (word.length < 6) return [UNKNOWN, UNKNOWN];
  for (let cut = 2; cut <= word.length - 2; cut++) {
    const a = vocab.lookup(word.slice(0, cut));
    if (a === UNKNOWN) continue;
    const b = vocab.lookup(word.slice(cut));
    if (b !== UNKNOWN) return [a, b];
  }
  return [UNKNOWN, UNKNOWN];
}

/** Longer quotes are checked on their first MAX_QUOTE_TOKENS words (bounded time and memory). */
export const MAX_QUOTE_TOKENS = 600;

function truncated(packed: TokenizedText, norms: string[]): { packed: TokenizedText; norms: string[] } {
  if (packed.ids.length <= MAX_QUOTE_TOKENS) return { packed, norms };
  const cut = (a: Int32Array) => a.slice(0, MAX_QUOTE_TOKENS);
  return { packed: { ids: cut(packed.ids), starts: cut(packed.starts), ends: cut(packed.ends) }, norms: norms.slice(0, MAX_QUOTE_TOKENS) };
}

export function prepareQuote(text: string, vocab: Vocabulary): PreparedQuote {
  const tokenized = tokenizeQuote(text, vocab);
  const { packed, norms } = truncated(tokenized.packed, tokenized.norms);
  const n = packed.ids.length;
  const side: QuoteSide = {
    ids: packed.ids,
    splitA: new Int32Array(n).fill(UNKNOWN),
    splitB: new Int32Array(n).fill(UNKNOWN),
    joined: new Int32Array(n).fill(UNKNOWN),
  };
  let wordCount = 0;
  for (let i = 0; i < n; i++) {
    const norm = norms[i]!;
    if (!norm) continue;
    wordCount++;
    [side.splitA[i], side.splitB[i]] = splitIntoKnownWords(norm, vocab);
    const prev = norms[i - 1];
    if (prev) side.joined[i] = vocab.lookup(prev + norm);
  }
  return { text, packed, norms, side, wordCount };
}
