/**
 * What the content script shows on the page: the highlights, the hover card, the pinned
 * context-menu card, the "scroll to quote" flash. Created lazily (a page without quotes gets
 * nothing at all) and removed completely by teardown().
 */
import type { QuoteMatch } from '@/lib/match/types';
import { createHighlighter, type Highlighter } from './highlight';
import { createCard, type Card, type CardContent } from './hover-card';
import { trackHover } from './hover';
import type { PageQuotes } from './page-quotes';
import type { HighlightStyle } from './highlight-styles';

export class PageView {
  private highlighter: Highlighter | null = null;
  private card: Card | null = null;
  private hover: ReturnType<typeof trackHover> | null = null;
  private firstDrawn = false;
  style: HighlightStyle = 'underline';

  constructor(private readonly page: PageQuotes) {}

  /** Redraw every highlight from the page's current quotes. */
  draw(): void {
    const marks = this.page.marks();
    if (marks.length === 0 && !this.highlighter) return;
    this.ensureHighlighter().draw(marks);
    this.ensureHover();
    if (marks.length && !this.firstDrawn) {
      this.firstDrawn = true;
      performance.mark('verbatim:first-highlight');
    }
    document.documentElement.dataset.verbatimHighlights = String(marks.length);
  }

  get hasDrawn(): boolean {
    return this.firstDrawn;
  }

  scrollTo(key: string): boolean {
    const range = this.page.firstRange(key);
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.ensureHighlighter().flash(range);
    return true;
  }

  /** A context-menu result: a card at the current selection that stays until closed. */
  showCheckResult(text: string, claimed: string | null, match: QuoteMatch | null, error: string | null): boolean {
    const selection = getSelection();
    const anchor = selection && selection.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : new DOMRect(24, 24, 0, 0);
    const card = this.ensureHover();
    this.hover?.pin();
    card.show({ heading: 'Check this quote', quote: text, claimed, match, error }, anchor);
    return true;
  }

  teardown(): void {
    this.hover?.stop();
    this.hover = null;
    this.card?.destroy();
    this.card = null;
    this.highlighter?.clear();
    this.highlighter = null;
  }

  private ensureHighlighter(): Highlighter {
    this.highlighter ??= createHighlighter(this.style);
    return this.highlighter;
  }

  private ensureHover(): Card {
    this.card ??= createCard();
    this.hover ??= trackHover({ marks: () => this.page.marks(), card: this.card, contentFor: (key) => this.cardContent(key) });
    return this.card;
  }

  private cardContent(key: string): CardContent | null {
    const quote = this.page.quotes.get(key);
    if (!quote) return null;
    return { heading: 'Quote check', quote: quote.text, claimed: quote.speakerCue ?? quote.speaker, match: quote.match };
  }
}
