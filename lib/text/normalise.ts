// One normalisation for quotes and sources alike, so that two texts that say the same words
// produce the same token strings. Each token keeps the span of ORIGINAL characters it came
// from (several tokens may share one span, e.g. "don't" → "do" "not").
import { formatNumber, isNumberWord, readNumber } from './numbers';
import { tokenize, type RawToken } from './tokens';
import { wordForms } from './words';
export { foldChars } from './words';

export type TokenKind = 'word' | 'wild' | 'gap';

export interface NormToken {
  /** Normalised form ('' for wild and gap markers). */
  norm: string;
  start: number;
  end: number;
  /** wild: an editorial insertion "[...]" standing for unknown source words; gap: an ellipsis. */
  kind: TokenKind;
}

export interface NormaliseOptions {
  /** Quotes: treat "[...]" as an editorial insertion and "…" as a marked omission. */
  editorial?: boolean;
}

const PHRASES: Array<[string[], string]> = [
  [['united', 'states', 'of', 'america'], 'usa'], [['united', 'states'], 'usa'], [['united', 'nations'], 'un'],
  [['united', 'kingdom'], 'uk'], [['european', 'union'], 'eu'], [['per', 'cent'], 'percent'],
];

function firstPass(raws: RawToken[], editorial: boolean): NormToken[] {
  const out: NormToken[] = [];
  for (const raw of raws) {
    const span = { start: raw.start, end: raw.end };
    if (raw.kind === 'gap') {
      if (editorial) out.push({ norm: '', ...span, kind: 'gap' });
    } else if (raw.kind === 'bracket') {
      out.push({ norm: '', ...span, kind: 'wild' });
    } else if (raw.kind === 'percent') {
      out.push({ norm: 'percent', ...span, kind: 'word' });
    } else {
      for (const norm of wordForms(raw)) if (norm) out.push({ norm, ...span, kind: 'word' });
    }
  }
  return out;
}

const PHRASE_STARTS = new Set(PHRASES.map(([words]) => words[0]!));

function phraseAt(tokens: NormToken[], i: number): [number, string] | null {
  if (!PHRASE_STARTS.has(tokens[i]!.norm)) return null;
  for (const [words, norm] of PHRASES) {
    if (words.every((w, k) => tokens[i + k]?.norm === w && tokens[i + k]?.kind === 'word')) return [words.length, norm];
  }
  return null;
}

/** Index of the first token after i that is separated from its predecessor by more than spaces/hyphens. */
function runBreaks(tokens: NormToken[], text: string): string[] {
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    const between = prev ? text.slice(prev.end, t.start) : '';
    return t.kind !== 'word' ? '\u0000' : prev && prev.end <= t.start && !/^[\s\-‐‑–]*$/.test(between) ? '\u0001' : '';
  });
}

/** Merges multi-token forms (numbers, "United States", "per cent") into one token, never across punctuation. */
function secondPass(tokens: NormToken[], text: string): NormToken[] {
  const breaks = runBreaks(tokens, text);
  const norms = tokens.map((t, i) => (breaks[i] === '\u0000' ? '\u0000' : t.norm));
  const out: NormToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const num = t.kind === 'word' && mayStartNumber(t.norm) ? readNumber(runUntilBreak(norms, breaks, i), 0) : null;
    const phrase = num ? null : phraseAt(tokens, i);
    const length = num ? num.length : phrase ? phrase[0] : 1;
    const norm = num ? formatNumber(num.value) + (num.ordinal ? 'th' : '') : phrase ? phrase[1] : t.norm;
    const last = tokens[i + length - 1]!;
    out.push({ norm, start: t.start, end: last.end, kind: t.kind });
    i += length;
  }
  return out;
}

function mayStartNumber(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return (c >= 48 && c <= 57) || isNumberWord(norm);
}

function runUntilBreak(norms: string[], breaks: string[], i: number): string[] {
  let j = i + 1;
  while (j < norms.length && breaks[j] === '') j++;
  return norms.slice(i, Math.min(j, i + 8));
}

/** Normalised tokens of `text`, each with its original character span. */
export function normalise(text: string, options: NormaliseOptions = {}): NormToken[] {
  const editorial = options.editorial ?? false;
  return secondPass(firstPass(tokenize(text, { brackets: editorial }), editorial), text);
}

/** Just the normalised words, space-separated (for display, tests and keys). */
export function normaliseToString(text: string, options: NormaliseOptions = {}): string {
  return normalise(text, options)
    .map((t) => (t.kind === 'word' ? t.norm : t.kind === 'wild' ? '[*]' : '…'))
    .join(' ');
}
