// Numbers as digits, whichever way they were written: "100,000", "100 000", "one hundred
// thousand" and "100 thousand" all become "100000"; "2 million"/"two million" → "2000000".
// Works on runs of lower-case tokens; the caller keeps the offsets of what was merged.

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Ordinal words end a number: "thirty-first" = "31st", "seventy-fourth" = "74th". */
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90,
};
const ORDINAL_SCALES: Record<string, number> = { hundredth: 100, thousandth: 1e3, millionth: 1e6 };

/** "100,000" → 100000, "3.5" → 3.5, "40" → 40; null when not a plain number. */
export function parseDigits(token: string): number | null {
  if (!/^\d[\d,]*(\.\d+)?$/.test(token)) return null;
  if (token.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(token)) return null;
  const n = Number(token.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

export function isNumberWord(token: string): boolean {
  return token in UNITS || token in SCALES || token === 'hundred' || token in ORDINALS;
}

/** "31st", "2nd", "74th" → 31, 2, 74; null otherwise. */
export function parseDigitOrdinal(token: string): number | null {
  const m = /^(\d{1,6})(?:st|nd|rd|th)$/.exec(token);
  return m ? Number(m[1]) : null;
}

/** A number as the canonical digit string ("1e6" never appears: plain digits, up to 3 decimals). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? BigInt(Math.round(n)).toString() : String(Math.round(n * 1000) / 1000);
}

export interface NumberRun {
  /** How many tokens, from the run's start, form the number. */
  length: number;
  value: number;
  /** Written as an ordinal ("thirty-first"): formatted with a "th" so it equals "31st". */
  ordinal?: boolean;
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
    } else if (t in ORDINALS && (current % 10 === 0 || current === 0)) {
      return { length: j - i + 1, value: total + current + ORDINALS[t]!, ordinal: true };
    } else if (t in ORDINAL_SCALES && sawAny) {
      return { length: j - i + 1, value: total + (current || 1) * ORDINAL_SCALES[t]!, ordinal: true };
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
  if (parseDigits(first) === null && !(first in UNITS) && !(first in ORDINALS)) return null;
  return wordNumber(tokens, i);
}
