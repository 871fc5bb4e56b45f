/**
 * The content script's flow: settings → read the page's text → the background extracts and
 * matches (the first part alone, so the first highlights appear fast) → draw; then watch for
 * new content and scan only what was added.
 */
import { ask } from './channel';
import { isOk, isPageSettings, isScanReply } from './guards';
import { PageQuotes, type FoundQuote } from './page-quotes';
import { PageView } from './page-view';
import { rangeOf, readPage, type PagePart } from './scan';
import { watchForNewContent } from './rescan';
import { slice } from './yield';

/** Later parts of a big page go to the background in batches of about this much text. */
const BATCH_CHARS = 300_000;

export type Status = 'starting' | 'off' | 'waiting' | 'scanning' | 'done' | 'error';

export class Controller {
  private readonly page = new PageQuotes();
  /** Highlights and cards: also used directly by the tab-message handlers (index.ts). */
  readonly view = new PageView(this.page);
  private stopWatching: (() => void) | null = null;
  private resetNext = true;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly signal: AbortSignal) {}

  /** Page load: scan unless the site is switched off or scanning waits for the user. */
  async start(): Promise<void> {
    // Ask for the settings while the page is still loading (this also wakes a sleeping worker),
    // then read the page as soon as its DOM is complete. Reading is local and cheap, and is
    // thrown away unread if this site turns out to be switched off.
    const asking = ask('pageSettings', { url: location.href }, isPageSettings);
    await domReady();
    if (!document.body) return; // not an HTML page (a bare SVG or XML document): nothing to read
    this.setStatus('starting');
    performance.mark('verbatim:start');
    const reading = readPage(document.body);
    const settings = await asking;
    this.view.style = settings.highlightStyle;
    if (!settings.scan) return this.switchOff('off');
    if (!settings.automatic) return this.switchOff('waiting');
    await this.enable(reading);
  }

  /** Scan now (and keep watching). `reading`: the page text already being read at page load. */
  async enable(reading?: Promise<PagePart[]>): Promise<number> {
    this.stopWatching?.();
    await this.queue(() => this.fullScan(reading));
    if (!this.signal.aborted) this.stopWatching = watchForNewContent(document.body, (roots) => void this.queue(() => this.partialScan(roots)));
    return this.page.quotes.size;
  }

  /** Scan off: remove every highlight and card, stop watching, clear the tab's list and badge. */
  async switchOff(status: Status = 'off'): Promise<void> {
    this.stopWatching?.();
    this.stopWatching = null;
    this.view.teardown();
    this.page.clear();
    this.resetNext = true;
    this.setStatus(status);
    await this.scan([], true);
  }

  /** The address changed without a new document (single-page app): rescan it as a new page. */
  async navigated(): Promise<void> {
    await this.recheck();
  }

  /** Match every quote again from scratch (new page, or the corpus changed). Returns the count. */
  async recheck(): Promise<number> {
    if (!this.stopWatching) return 0; // not scanning (switched off, or waiting for a request)
    this.resetNext = true;
    return this.enable();
  }

  private queue(work: () => Promise<void>): Promise<void> {
    this.running = this.running.then(work, work);
    return this.running;
  }

  private async fullScan(reading?: Promise<PagePart[]>): Promise<void> {
    this.setStatus('scanning');
    const parts = (await reading) ?? (await readPage(document.body));
    performance.mark('verbatim:found');
    const batches = batchesOf(parts);
    if (batches.length === 0) await this.scan([], this.resetNext);
    for (const [i, batch] of batches.entries()) {
      if (this.signal.aborted) return;
      const found = await this.scan(batch, this.resetNext);
      slice(() => {
        if (i === 0) this.page.replaceAll(found);
        else this.page.append(found);
        this.view.draw();
      });
    }
    this.setStatus('done');
    performance.mark('verbatim:scan-done');
  }

  /** New content: only the added subtrees are read and sent; known quotes keep their match. */
  private async partialScan(roots: Node[]): Promise<void> {
    if (this.signal.aborted) return;
    const parts = (await Promise.all(roots.map((root) => readPage(root)))).flat();
    const found: FoundQuote[] = [];
    for (const batch of batchesOf(parts)) found.push(...(await this.scan(batch, false)));
    slice(() => {
      this.page.replaceWithin(roots, found);
      this.view.draw();
    });
    await ask('pageOrder', { url: location.href, order: this.page.order() }, isOk);
  }

  /** Send page text to the background; map the quotes it found back to DOM Ranges. */
  private async scan(parts: PagePart[], reset: boolean): Promise<FoundQuote[]> {
    this.resetNext = false;
    const request = { url: location.href, title: document.title.slice(0, 500), reset, segments: parts.map(({ text, regions }) => ({ text, regions })) };
    const sent = performance.now();
    const { segments } = await ask('scanText', request, isScanReply);
    if (!this.view.hasDrawn) performance.measure('verbatim:first-reply', { start: sent });
    return slice(() =>
      segments.flatMap((quotes, i) =>
        quotes.flatMap(({ start, end, ...quote }) => {
          const range = parts[i] ? rangeOf(parts[i], start, end) : null;
          return range ? [{ ...quote, range }] : [];
        }),
      ),
    );
  }

  private setStatus(status: Status): void {
    document.documentElement.dataset.verbatim = status;
  }
}

/** The first part alone (fast first highlights), then the rest in batches of BATCH_CHARS. */
function batchesOf(parts: PagePart[]): PagePart[][] {
  const [first, ...rest] = parts;
  if (!first) return [];
  const batches: PagePart[][] = [[first]];
  let current: PagePart[] = [];
  let size = 0;
  for (const part of rest) {
    if (current.length && size + part.text.length > BATCH_CHARS) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(part);
    size += part.text.length;
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Resolves at DOMContentLoaded (at once if the DOM is already complete). */
function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}
