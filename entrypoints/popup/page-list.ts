/** The "This page" list: quotes in page order with verdict, score, claimed speaker and closest source. */
import type { TabQuote, TabState } from '@/services/messaging';
import { formatScore, sourceLine, truncate } from '@/lib/ui/format';
import { isShown, MISATTRIBUTED_STYLE, VERDICT_ORDER, verdictStyle } from '@/lib/ui/verdict';
import { renderMatch } from '@/lib/ui/render-match';
import { isOwnSource, OWN_SOURCE_NOTE, OWN_SOURCE_TITLE } from '@/lib/sources/label';
import { el } from '@/lib/ui/dom';

export function shownQuotes(state: TabState | null): TabQuote[] {
  return state?.quotes.filter((q) => isShown(q.kind, q.match)) ?? [];
}

/** "12 quotes: 5 verbatim · 3 close · 2 altered · 2 not in corpus" */
export function summaryParts(quotes: readonly TabQuote[]): string[] {
  return VERDICT_ORDER.flatMap((v) => {
    const n = quotes.filter((q) => q.match?.verdict === v).length;
    return n ? [`${n} ${verdictStyle(v).label.toLowerCase()}`] : [];
  });
}

export function renderQuoteItem(quote: TabQuote, onOpen: (key: string) => void): HTMLLIElement {
  const match = quote.match!;
  const style = verdictStyle(match.verdict);
  const item = el('li', `pq vb-v-${match.verdict}`);
  item.dataset.key = quote.key;
  item.dataset.verdict = match.verdict;
  const main = el('button', 'pq-main');
  main.type = 'button';
  main.title = 'Show this quote on the page';
  main.addEventListener('click', () => onOpen(quote.key));
  const row = el('span', 'pq-row');
  const badge = el('span', 'pq-badge', `${style.icon} ${style.label}`);
  badge.title = style.description;
  row.append(badge, el('span', 'pq-score', formatScore(match.score)));
  const claimed = quote.speakerCue ?? quote.speaker;
  row.append(el('span', 'pq-speaker', claimed ? `credited to ${claimed}` : 'no speaker named'));
  if (match.attribution === 'differs' && match.verdict !== 'not-found') {
    row.append(el('span', 'pq-warn', `${MISATTRIBUTED_STYLE.icon} ${MISATTRIBUTED_STYLE.label}`));
  }
  main.append(row, el('span', 'pq-text', `“${truncate(quote.text, 160)}”`));
  main.append(sourceNote(match));
  item.append(main, detailsFor(quote));
  return item;
}

/** The collapsed row's source line; the user's own sources never read as the verified corpus. */
function sourceNote(match: NonNullable<TabQuote['match']>): HTMLSpanElement {
  if (match.verdict === 'not-found') return el('span', 'pq-source', 'No source in the corpus');
  if (!isOwnSource(match)) return el('span', 'pq-source', `Source: ${sourceLine(match)}`);
  const note = el('span', 'pq-source pq-own', `${OWN_SOURCE_TITLE}: ${sourceLine(match)}`);
  note.title = OWN_SOURCE_NOTE;
  return note;
}

/** Differences and attribution, built only when opened. */
function detailsFor(quote: TabQuote): HTMLDetailsElement {
  const details = el('details', '');
  details.append(el('summary', '', 'Differences and attribution'));
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) {
      details.append(renderMatch(document, quote.match, { claimed: quote.speakerCue ?? quote.speaker, details: true }));
    }
  });
  return details;
}
