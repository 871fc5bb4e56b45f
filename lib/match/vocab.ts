// Normalised words as small integers: alignment compares ints, and the index keys shingles
// by pairs of ints instead of strings.
import { normalise, type NormToken } from '../text/normalise';

/** Token ids of special markers (never equal to a word id). */
export const WILD = -2;
export const GAP = -3;
export const UNKNOWN = -1;

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];

  /** Id of a word, adding it when new. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  /** Id of a known word, UNKNOWN otherwise (queries never grow the vocabulary). */
  lookup(word: string): number {
    return this.ids.get(word) ?? UNKNOWN;
  }

  word(id: number): string {
    return this.words[id] ?? '';
  }

  get size(): number {
    return this.words.length;
  }
}

/** A text as token ids plus, per token, its [start, end) span in the original text. */
export interface TokenizedText {
  ids: Int32Array;
  /** starts[i], ends[i]: original character span of token i. */
  starts: Int32Array;
  ends: Int32Array;
}

function pack(tokens: NormToken[], idOf: (t: NormToken) => number): TokenizedText {
  const n = tokens.length;
  const out = { ids: new Int32Array(n), starts: new Int32Array(n), ends: new Int32Array(n) };
  tokens.forEach((t, i) => {
    out.ids[i] = idOf(t);
    out.starts[i] = t.start;
    out.ends[i] = t.end;
  });
  return out;
}

/** A source sentence: every word interned. */
export function tokenizeSource(text: string, vocab: Vocabulary): TokenizedText {
  return pack(normalise(text), (t) => vocab.intern(t.norm));
}

/** A quote: editorial marks kept as WILD/GAP, unseen words UNKNOWN. */
export function tokenizeQuote(text: string, vocab: Vocabulary): { packed: TokenizedText; norms: string[] } {
  const tokens = normalise(text, { editorial: true });
  const packed = pack(tokens, (t) => (t.kind === 'wild' ? WILD : t.kind === 'gap' ? GAP : vocab.lookup(t.norm)));
  return { packed, norms: tokens.map((t) => t.norm) };
}
