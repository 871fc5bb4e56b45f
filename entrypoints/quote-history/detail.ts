/** The detail dialog: the whole quote, the word diff against the source, and the source link. */
import type { HistoryRecord } from '@/lib/history';
import type { MatchFlag, QuoteMatch } from '@/lib/match/types';
import { renderMatch } from '@/lib/ui/render-match';
import { verdictStyle } from '@/lib/ui/verdict';
import { $, el, safeHref, webLink } from '@/lib/ui/dom';
import { formatWhen } from './dom';
import { isOwnSource, OWN_SOURCE_NOTE, OWN_SOURCE_TITLE } from '@/lib/sources/label';

const FOUND_BY: Record<HistoryRecord['foundBy'], string> = {
  page: 'Found on the page',
  manual: 'Checked by hand',
  'context-menu': 'Checked from the context menu',
};

/** The stored record as the shared result renderer's input (context sentences are not stored). */
export function matchOf(record: HistoryRecord): QuoteMatch | null {
  const { source } = record;
  if (!source) return null;
  return {
    verdict: record.verdict,
    score: record.score,
    flags: record.flags as MatchFlag[],
    statementId: source.statementId,
    speaker: source.speaker,
    date: source.date,
    event: source.event,
    url: source.url,
    sourceText: source.text,
    attribution: record.attribution,
    diff: record.diff ?? [],
    role: '',
    kind: source.kind,
    place: '',
    origin: source.origin,
    context: { before: [], after: [] },
  };
}

export function showDetail(record: HistoryRecord, onDelete: (record: HistoryRecord) => void): void {
  const dialog = $<HTMLDialogElement>('detail');
  const body = $('detail-body');
  dialog.dataset.id = record.id;
  body.replaceChildren(
    el('blockquote', 'full-quote', record.quote),
    factsList(record),
    resultOf(record),
  );
  const remove = $<HTMLButtonElement>('detail-delete');
  remove.onclick = () => {
    dialog.close();
    onDelete(record);
  };
  $<HTMLButtonElement>('detail-close').onclick = () => dialog.close();
  if (!dialog.open) dialog.showModal();
}

function resultOf(record: HistoryRecord): HTMLElement {
  const match = matchOf(record);
  if (match) return renderMatch(document, match, { claimed: record.claimedSpeaker, details: true });
  const box = el('div', `vb-result vb-v-${record.verdict}`);
  const style = verdictStyle(record.verdict);
  box.append(el('span', 'vb-badge', `${style.icon} ${style.label}`), el('p', 'vb-note', style.description));
  return box;
}

function factsList(record: HistoryRecord): HTMLDListElement {
  const list = el('dl', 'facts');
  const add = (term: string, value: string | Node) => {
    list.append(el('dt', '', term));
    const dd = el('dd');
    dd.append(value);
    list.append(dd);
  };
  add('Credited to', record.claimedSpeaker ?? 'No speaker named');
  if (record.page) {
    add('Page', webLink(record.page.url, record.page.title || record.page.url));
  }
  add('How', `${FOUND_BY[record.foundBy]}${record.kind === 'fragment' ? ' (a fragment of a statement)' : ''}`);
  add('Seen', `${formatWhen(record.firstSeen)}${record.seenCount > 1 ? ` – ${formatWhen(record.lastSeen)}, ${record.seenCount} times` : ''}`);
  if (record.source) {
    add('Statement', record.source.statementId);
    const own = isOwnSource({ origin: record.source.origin, flags: record.flags });
    if (own) add(OWN_SOURCE_TITLE, OWN_SOURCE_NOTE);
    const href = safeHref(record.source.url);
    if (href) add(own ? 'Link' : 'Official transcript', webLink(href, href));
  }
  return list;
}
