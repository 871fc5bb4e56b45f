/**
 * What the content script knows about the page: each distinct quote (by key: text + claimed
 * speaker) with its match, and where each occurrence sits (live DOM Ranges, kept in page
 * order). Pure bookkeeping; no drawing and no messaging here.
 */
import type { TabQuote } from '@/services/messaging';
import type { Mark } from './highlight';
import { isShown } from '@/lib/ui/verdict';

export type KnownQuote = TabQuote;

export interface FoundQuote extends TabQuote {
  range: Range;
}

export interface Placement {
  key: string;
  range: Range;
}

export class PageQuotes {
  readonly quotes = new Map<string, KnownQuote>();
  placements: Placement[] = [];

  /** Replace everything (a full scan is authoritative: matches may have changed, e.g. a new source). */
  replaceAll(found: readonly FoundQuote[]): void {
    this.placements = [];
    this.quotes.clear();
    this.add(found);
  }

  /** More quotes further down the page (the next part of a full scan). */
  append(found: readonly FoundQuote[]): void {
    this.add(found);
  }

  /** Rescan of some subtrees: their old placements are dropped and the new ones added. */
  replaceWithin(roots: readonly Node[], found: readonly FoundQuote[]): void {
    this.placements = this.placements.filter((p) => isLive(p.range) && !roots.some((r) => r.contains(p.range.startContainer)));
    this.add(found);
    this.placements.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  private add(found: readonly FoundQuote[]): void {
    for (const { range, ...quote } of found) {
      this.placements.push({ key: quote.key, range });
      if (!this.quotes.has(quote.key)) this.quotes.set(quote.key, quote);
    }
  }

  /** Distinct keys in page order (first occurrence). */
  order(): string[] {
    return [...new Set(this.placements.map((p) => p.key))];
  }

  /** What to draw: statements with any result; fragments only when a source was found. */
  marks(): Mark[] {
    const marks: Mark[] = [];
    for (const { key, range } of this.placements) {
      const quote = this.quotes.get(key);
      const match = quote?.match;
      if (!quote || !match || !isShown(quote.kind, match)) continue;
      marks.push({ key, range, verdict: match.verdict, misattributed: match.attribution === 'differs' && match.verdict !== 'not-found' });
    }
    return marks;
  }

  firstRange(key: string): Range | null {
    return this.placements.find((p) => p.key === key && isLive(p.range))?.range ?? null;
  }

  clear(): void {
    this.quotes.clear();
    this.placements = [];
  }
}

function isLive(range: Range): boolean {
  return range.startContainer.isConnected && !range.collapsed;
}
