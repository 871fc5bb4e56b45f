/** What extraction reports for each quotation it finds. Offsets are UTF-16 indices into the input. */
export type QuoteKind = 'statement' | 'fragment' | 'term';

export interface ExtractedQuote {
  /** The quoted words, without the enclosing marks (editorial brackets and ellipses kept as written). */
  text: string;
  /** Start/end of `text` in the input (end exclusive): input.slice(start, end) === text. */
  start: number;
  end: number;
  kind: QuoteKind;
  /** Canonical speaker the page claims (lib/speakers.ts), another person's name as written, or null. */
  speaker: string | null;
  /** The page's own words for the speaker ("the NATO chief", "he"), for display; null when none. */
  speakerCue?: string | null;
  /** Quotes split by an attribution ("…," he said. "…") share a group id. */
  group?: number;
}
