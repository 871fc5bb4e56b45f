/** The records table: newest first, optionally grouped by page, rendered a page of rows at a time. */
import { groupByPage, recordSite, siteOf, type HistoryRecord } from '@/lib/history';
import { formatScore, formatDate, truncate } from '@/lib/ui/format';
import { MISATTRIBUTED_STYLE, verdictStyle } from '@/lib/ui/verdict';
import { el, safeHref, webLink } from '@/lib/ui/dom';
import { isOwnSource, OWN_SOURCE_NOTE, OWN_SOURCE_TITLE } from '@/lib/sources/label';
import { formatWhen } from './dom';

export interface RowActions {
  open(record: HistoryRecord): void;
  remove(record: HistoryRecord): void;
}

/** Rows for the first `limit` records; group headers when grouping. */
export function renderRows(records: readonly HistoryRecord[], limit: number, grouped: boolean, actions: RowActions): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const shown = records.slice(0, limit);
  if (!grouped) {
    for (const record of shown) fragment.append(recordRow(record, actions));
    return fragment;
  }
  const totals = new Map(groupByPage(records).map((g) => [g.key, g.records.length]));
  for (const group of groupByPage(shown)) {
    fragment.append(groupRow(group.title, group.url, totals.get(group.key) ?? group.records.length));
    for (const record of group.records) fragment.append(recordRow(record, actions));
  }
  return fragment;
}

function groupRow(title: string, url: string | null, count: number): HTMLTableRowElement {
  const row = el('tr', 'group');
  row.dataset.testid = 'history-group';
  const cell = el('th', '');
  cell.colSpan = 7;
  cell.scope = 'rowgroup';
  cell.append(webLink(url, title));
  cell.append(el('span', 'muted', ` · ${url ? siteOf(url) : 'no page'} · ${count} quote${count === 1 ? '' : 's'}`));
  row.append(cell);
  return row;
}

function recordRow(record: HistoryRecord, actions: RowActions): HTMLTableRowElement {
  const row = el('tr', `record v-${record.verdict}`);
  row.dataset.testid = 'history-row';
  row.dataset.id = record.id;
  row.dataset.verdict = record.verdict;
  row.append(
    el('td', 'when', formatWhen(record.lastSeen)),
    verdictCell(record),
    quoteCell(record, actions),
    el('td', 'claimed', record.claimedSpeaker ?? '—'),
    sourceCell(record),
    pageCell(record),
    actionsCell(record, actions),
  );
  return row;
}

function verdictCell(record: HistoryRecord): HTMLTableCellElement {
  const style = verdictStyle(record.verdict);
  const cell = el('td', 'verdict');
  const badge = el('span', 'badge', `${style.icon} ${style.label}`);
  badge.title = style.description;
  cell.append(badge, el('span', 'score', formatScore(record.score)));
  if (record.attribution === 'differs' && record.verdict !== 'not-found') {
    const warn = el('span', 'misattributed', `${MISATTRIBUTED_STYLE.icon} ${MISATTRIBUTED_STYLE.label}`);
    cell.append(warn);
  }
  return cell;
}

function quoteCell(record: HistoryRecord, actions: RowActions): HTMLTableCellElement {
  const cell = el('td', 'quote');
  const button = el('button', 'link', `“${truncate(record.quote, 160)}”`);
  button.type = 'button';
  button.title = 'Show details: differences and source';
  button.addEventListener('click', () => actions.open(record));
  cell.append(button);
  return cell;
}

function sourceCell(record: HistoryRecord): HTMLTableCellElement {
  const cell = el('td', 'source');
  const { source } = record;
  if (!source || record.verdict === 'not-found') {
    cell.append(el('span', 'muted', 'No matching statement'));
    return cell;
  }
  cell.append(el('div', '', source.speaker || 'Unknown speaker'), el('div', 'muted', formatDate(source.date)));
  if (isOwnSource({ origin: source.origin, flags: record.flags })) {
    const flag = el('span', 'flag', OWN_SOURCE_TITLE);
    flag.title = OWN_SOURCE_NOTE;
    cell.append(flag);
  }
  return cell;
}

function pageCell(record: HistoryRecord): HTMLTableCellElement {
  const cell = el('td', 'page');
  if (!record.page) {
    cell.append(el('span', 'muted', record.foundBy === 'context-menu' ? 'Context menu' : 'Checked by hand'));
    return cell;
  }
  cell.append(webLink(record.page.url, truncate(record.page.title || record.page.url, 70)));
  if (safeHref(record.page.url)) cell.append(el('div', 'muted', recordSite(record)));
  return cell;
}

function actionsCell(record: HistoryRecord, actions: RowActions): HTMLTableCellElement {
  const cell = el('td', 'row-actions');
  const remove = el('button', 'quiet', 'Delete');
  remove.type = 'button';
  remove.dataset.testid = 'delete-record';
  remove.setAttribute('aria-label', `Delete the record of “${truncate(record.quote, 40)}”`);
  remove.addEventListener('click', () => actions.remove(record));
  cell.append(remove);
  return cell;
}
