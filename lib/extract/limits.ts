/**
 * Hard caps that keep extraction bounded on hostile or huge pages. Every loop in the
 * extractor is linear in the input; these caps bound the output and the look-around.
 */
export const LIMITS = {
  /** Text beyond this many characters is ignored (DOM default too). */
  maxChars: 2_000_000,
  /** Stop after this many quotations. */
  maxQuotes: 2_000,
  /** An opening mark left open longer than this (within one paragraph) is treated as stray. */
  maxQuoteChars: 4_000,
  /** Nesting depth of open quote marks tracked at once. */
  maxDepth: 8,
  /** How far back a closing mark without an opening mark may reach for its sentence. */
  maxRecoverChars: 600,
  /** Characters of context searched for an attribution on each side of a quote. */
  maxCueChars: 300,
  /** Characters searched backwards for the antecedent of "he"/"she". */
  maxPronounChars: 2_500,
  /** A pull quote (no marks, followed by a name line) is at most this long. */
  maxPullQuoteChars: 600,
} as const;
