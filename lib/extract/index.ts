// Public face of quote extraction. STUB until the extraction work lands: signatures are the contract.
import type { ExtractedQuote } from './types';
export type { ExtractedQuote, QuoteKind } from './types';

/** Every quotation in plain text, in order, with offsets into `text`. */
export function extractQuotesFromText(_text: string): ExtractedQuote[] {
  return [];
}
