// Public face of quote extraction: every quotation in plain text with its exact offsets,
// its kind and the speaker the page names. Pure (no DOM, no I/O), linear in the input.
import { attributeSpan, outerEnd, outerStart, type Attribution } from './attribute';
import { classifyQuote } from './classify';
import { buildContext, type AttributionContext } from './context';
import { carryAttributions } from './carry';
import { LIMITS } from './limits';
import { maskQuotes } from './mask';
import { pairQuoteMarks } from './pairing';
import { splitParagraphs, unwrapSoftBreaks, type Paragraph } from './paragraphs';
import { findPullQuotes } from './pull-quotes';
import { speakerFromLabel } from './speaker-label';
import type { RawSpan } from './spans';
import { findTranscriptTurns } from './transcript';
import { assignGroups, promoteSplitContinuations } from './groups';
import type { ExtractedQuote } from './types';
export type { ExtractedQuote, QuoteKind } from './types';

/** A stretch the page itself marks as a quotation (<q>, <blockquote>), in text offsets. */
export interface QuoteRegion {
  start: number;
  end: number;
  /** Speaker named by the markup (cite, figcaption, "— Name" footer), as written. */
  speaker?: string;
  /** A <blockquote> paragraph (always a statement when long enough), not an inline <q>. */
  block?: boolean;
}

export interface TextExtractOptions {
  regions?: QuoteRegion[];
}

/** Every quotation in plain text, in order, with offsets into `text`. */
export function extractQuotesFromText(text: string): ExtractedQuote[] {
  return extractQuotes(text);
}

export function extractQuotes(input: string, options: TextExtractOptions = {}): ExtractedQuote[] {
  if (typeof input !== 'string' || input.length === 0) return [];
  const original = input.length > LIMITS.maxChars ? input.slice(0, LIMITS.maxChars) : input;
  // Analysis runs on an unwrapped copy of hard-wrapped text; quotes are cut from the original.
  const text = unwrapSoftBreaks(original) ?? original;
  const paragraphs = splitParagraphs(text);
  const spans = findSpans(text, paragraphs, options.regions ?? []);
  if (spans.length === 0) return [];
  const masked = maskQuotes(text, spans);
  const ctx = buildContext(text, masked, paragraphs);
  const attributions = spans.map((span) => attributionFor(ctx, span));
  carryAttributions(ctx, spans, attributions);
  const quotes = spans.map((span, i): ExtractedQuote => {
    const attr = attributions[i]!;
    const quote = original.slice(span.start, span.end);
    const before = masked.slice(Math.max(0, outerStart(span) - 40), outerStart(span));
    return { text: quote, start: span.start, end: span.end, kind: classifyQuote(span, quote, before, attr), speaker: attr.speaker, speakerCue: attr.cue };
  });
  assignGroups(ctx, spans, quotes);
  promoteSplitContinuations(quotes);
  return quotes;
}

function findSpans(text: string, paragraphs: Paragraph[], regions: QuoteRegion[]): RawSpan[] {
  const structural: RawSpan[] = [
    ...regions.map((r): RawSpan => ({ start: r.start, end: r.end, open: -1, close: -1, origin: r.block ? 'blockquote' : 'region', presetSpeaker: r.speaker })),
    ...findTranscriptTurns(text, paragraphs, 1_000_000),
    ...findPullQuotes(text, paragraphs),
  ];
  const kept: RawSpan[] = [];
  for (const span of structural) if (!kept.some((k) => overlaps(k, span))) kept.push(span);
  kept.sort((a, b) => a.start - b.start);
  const marked = pairQuoteMarks(text, paragraphs).filter((s) => !overlapsAny(kept, s));
  const all = [...kept, ...marked].sort((a, b) => a.start - b.start);
  return all.slice(0, LIMITS.maxQuotes);
}

function overlaps(a: RawSpan, b: RawSpan): boolean {
  return outerStart(a) < outerEnd(b) && outerStart(b) < outerEnd(a);
}

/** Structural spans are few and sorted: binary search keeps this linear overall. */
function overlapsAny(sorted: RawSpan[], span: RawSpan): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sorted[mid]!;
    if (overlaps(s, span)) return true;
    if (outerEnd(s) <= outerStart(span)) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

export function attributionFor(ctx: AttributionContext, span: RawSpan): Attribution {
  if (span.presetSpeaker) {
    const speaker = speakerFromLabel(span.presetSpeaker, ctx.registry, span.start);
    return { speaker, cue: span.presetSpeaker, found: true, direct: true, speech: true };
  }
  return attributeSpan(ctx, span);
}

