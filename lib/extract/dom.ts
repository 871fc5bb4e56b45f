// DOM face of quote extraction (no extension APIs; works in a page, happy-dom or linkedom).
// STUB until the extraction work lands: signatures are the contract.
import type { ExtractedQuote } from './types';

export interface DomQuote extends ExtractedQuote {
  /** The quoted words in the document; offsets of the base quote refer to the flattened text. */
  range: Range;
}

export interface DomExtractOptions {
  /** Stop after this many characters of text (bounded work on huge pages). */
  maxChars?: number;
}

/** Every quotation under `root`, in document order, each mapped to a DOM Range. */
export function extractQuotesFromDom(_root: Node, _options: DomExtractOptions = {}): DomQuote[] {
  return [];
}
