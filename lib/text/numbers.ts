// Numbers as digits, whichever way they were written: "100,000", "100 000", "one hundred
// thousand" and "100 thousand" all become "100000"; "2 million"/"two million" → "2000000".
// Works on runs of lower-case tokens; the caller keeps the offsets of what was merged.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** "100,000" → 100000, "3.5" → 3.5, "40" → 40; null when not a plain number. */
export function parseDigits(token: string): number | null {
  if (!/^\d[\d,]*(\.\d+)?$/.test(token)) return null;
  if (token.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token)) return null;
  const n = Number(token.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

export function isNumberWord(token: string): boolean {
  return token in UNITS || token in SCALES || token === 'hundred';
}

/** A number as the canonical digit string ("1e6" never appears: plain digits, up to 3 decimals). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? BigInt(Math.round(n)).toString() : String(Math.round(n * 1000) / 1000);
}

export interface NumberRun {
  /** How many tokens, from the run's start, form the number. */
  length: number;
  value: number;
}

/** "40 000": a digit group of exactly three digits right after a number of 1–3 digits. */
function spacedThousands(tokens: readonly string[], i: number): NumberRun | null {
  let text = tokens[i]!;
  if (!/^\d{1,3}$/.test(text)) return null;
  let len = 1;
  while (/^\d{3}$/.test(tokens[i + len] ?? '')) text += tokens[i + len++]!;
  return len > 1 ? { length: len, value: Number(text) } : null;
}

function afterHundred(prev: string | undefined): boolean {
  return prev === 'hundred' || (prev !== undefined && prev in SCALES);
}

/** Reads number words (and digits followed by scale words) starting at i. */
function wordNumber(tokens: readonly string[], i: number): NumberRun | null {
  let total = 0;
  let current = 0;
  let len = 0;
  let sawAny = false;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    const digits = !sawAny ? parseDigits(t) : null;
    if (digits !== null) current = digits;
    else if (t in UNITS && (current % 10 === 0 || current === 0)) current += UNITS[t]!;
    else if (t === 'hundred' && sawAny) current = (current || 1) * 100;
    else if (t in SCALES && sawAny) {
      total += (current || 1) * SCALES[t]!;
      current = 0;
    } else if (t === 'and' && afterHundred(tokens[j - 1]) && (tokens[j + 1] ?? '') in UNITS) continue;
    else break;
    sawAny = true;
    len = j - i + 1;
  }
  if (!sawAny) return null;
  return { length: len, value: total + current };
}

/**
 * The number starting at tokens[i], or null. A lone digit string is returned too (with its
 * commas removed), so callers can treat every number the same way.
 */
export function readNumber(tokens: readonly string[], i: number): NumberRun | null {
  const spaced = spacedThousands(tokens, i);
  if (spaced) {
    const next = tokens[i + spaced.length];
    if (next !== undefined && next in SCALES) return { length: spaced.length + 1, value: spaced.value * SCALES[next]! };
    return spaced;
  }
  const first = tokens[i]!;
  if (parseDigits(first) === null && !(first in UNITS)) return null;
  return wordNumber(tokens, i);
}
