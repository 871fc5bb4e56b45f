/**
 * Background side of a page scan. The content script sends the page's flattened text; here the
 * quotes are extracted (keeping the extraction library out of the content script's bundle and
 * its work off the page's main thread), each quote is matched once per tab (by key: text +
 * claimed speaker; known keys are reused, never re-matched), the tab's list is kept in page
 * order and persisted, the badge updated, and new statements go to the history.
 */
import { extractQuotes } from '../lib/extract';
import { quoteKey } from '../lib/ui/quote-key';
import type { RequestOf, ResponseOf, ScannedQuote, TabQuote, TabState } from './messaging';
import { getMatcher } from './match-service';
import { getTab, saveTab } from './tab-state';
import { showBadge } from './badge';
import { recordToHistory } from './history-hook';

type ScanRequest = Required<RequestOf<'scanText'>>;

/** Extraction and matching time per tab (for the benchmark): reset when the tab starts a new page. */
const workTime = new Map<number, { quotes: number; ms: number; extractMs: number }>();

export function matchTimings(): { tabId: number; quotes: number; ms: number; extractMs: number }[] {
  return [...workTime].map(([tabId, t]) => ({ tabId, ...t }));
}

export async function scanPageText(tabId: number, request: ScanRequest): Promise<ResponseOf<'scanText'>> {
  const previous = await getTab(tabId);
  // Synchronous from here to saveTab's memory write: concurrent scans of one tab cannot interleave.
  const fresh = request.reset || !previous || !samePage(previous.url, request.url);
  const known = new Map<string, TabQuote>(fresh ? [] : previous.quotes.map((q) => [q.key, q]));
  const order = fresh ? [] : previous.quotes.map((q) => q.key);
  const t0 = performance.now();
  const found = request.segments.map((segment) => extractQuotes(segment.text, { regions: segment.regions }).filter((q) => q.kind !== 'term'));
  const t1 = performance.now();
  const matcher = getMatcher();
  const newlyMatched: TabQuote[] = [];
  const segments: ScannedQuote[][] = found.map((quotes) =>
    quotes.map((q) => {
      const key = quoteKey(q.text, q.speaker);
      let entry = known.get(key);
      if (!entry) {
        entry = { key, text: q.text.slice(0, 10_000), speaker: q.speaker, speakerCue: q.speakerCue ?? null, kind: q.kind, match: matcher.match(q.text, q.speaker) };
        known.set(key, entry);
        newlyMatched.push(entry);
        order.push(key);
      }
      return { ...entry, start: q.start, end: q.end };
    }),
  );
  noteTime(tabId, fresh, newlyMatched.length, performance.now() - t1, t1 - t0);
  commit(tabId, { url: request.url, updatedAt: Date.now(), quotes: inPageOrder(known, order) });
  recordToHistory(
    newlyMatched.filter((q) => q.kind === 'statement' || q.match?.verdict !== 'not-found'),
    { foundBy: 'page', page: { url: request.url, title: request.title } },
  );
  return { segments };
}

/** After a partial rescan the content script knows the true page order (and what is gone). */
export async function reorderPage(tabId: number, request: RequestOf<'pageOrder'>): Promise<void> {
  const previous = await getTab(tabId);
  if (!previous || !samePage(previous.url, request.url)) return;
  const known = new Map(previous.quotes.map((q) => [q.key, q]));
  commit(tabId, { url: request.url, updatedAt: Date.now(), quotes: inPageOrder(known, request.order) });
}

/** Memory is updated synchronously inside saveTab; the storage write and badge need not hold up the reply. */
function commit(tabId: number, state: TabState): void {
  void saveTab(tabId, state).catch((error: unknown) => console.warn('Verbatim: could not persist tab state', error));
  void showBadge(tabId, state);
}

function noteTime(tabId: number, fresh: boolean, quotes: number, ms: number, extractMs: number): void {
  const t = (!fresh && workTime.get(tabId)) || { quotes: 0, ms: 0, extractMs: 0 };
  workTime.set(tabId, { quotes: t.quotes + quotes, ms: t.ms + ms, extractMs: t.extractMs + extractMs });
}

function inPageOrder(known: Map<string, TabQuote>, order: readonly string[]): TabQuote[] {
  const seen = new Set<string>();
  const list: TabQuote[] = [];
  for (const key of order) {
    const quote = known.get(key);
    if (quote && !seen.has(key)) {
      seen.add(key);
      list.push(quote);
    }
  }
  return list;
}

/** Same document, ignoring the #fragment (in-page anchors do not start a new page). */
function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}
