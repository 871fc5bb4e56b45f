// DOM face of quote extraction (no extension APIs; works in a page, happy-dom or linkedom).
// Flattens the visible article text, runs the text extractor on it and maps every quote back
// to a DOM Range. Linear in page size; stops at maxChars of text.
import { flattenDom, type TextSegment } from './dom-text';
import { extractQuotes } from './index';
import { LIMITS } from './limits';
import type { ExtractedQuote } from './types';

export interface DomQuote extends ExtractedQuote {
  /** The quoted words in the document; offsets of the base quote refer to the flattened text. */
  range: Range;
  /**
   * The visible text pieces of the quote, in order (their text joined is `text`). A Range also
   * covers anything between its ends, e.g. a hidden <span> inside a quote: highlight these parts.
   */
  parts: QuotePart[];
}

export interface QuotePart {
  node: Text;
  start: number;
  end: number;
}

export interface DomExtractOptions {
  /** Stop after this many characters of text (bounded work on huge pages). */
  maxChars?: number;
}

/** Index of the segment holding flat offset `pos` (the last segment starting at or before it). */
function segmentAt(segments: TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function partsFor(segments: TextSegment[], start: number, end: number): QuotePart[] {
  const parts: QuotePart[] = [];
  for (let i = segmentAt(segments, start); i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const from = Math.max(0, start - seg.start);
    const to = Math.min(seg.node.data.length, end - seg.start);
    if (to > from) parts.push({ node: seg.node, start: from, end: to });
  }
  return parts;
}

function rangeFor(doc: Document, parts: QuotePart[]): Range | null {
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (!first || !last) return null;
  const range = doc.createRange();
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

/** Every quotation under `root`, in document order, each mapped to a DOM Range. */
export function extractQuotesFromDom(root: Node, options: DomExtractOptions = {}): DomQuote[] {
  if (!root) return [];
  const doc = root.ownerDocument ?? (root as Document);
  const flat = flattenDom(root, options.maxChars ?? LIMITS.maxChars);
  if (!flat.text) return [];
  const quotes: DomQuote[] = [];
  for (const quote of extractQuotes(flat.text, { regions: flat.regions })) {
    const parts = partsFor(flat.segments, quote.start, quote.end);
    const range = rangeFor(doc, parts);
    if (range) quotes.push({ ...quote, range, parts });
  }
  return quotes;
}
