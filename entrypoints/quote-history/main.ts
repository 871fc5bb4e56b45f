/**
 * Match history page (unlisted: /quote-history.html). Reads the history straight from the
 * validated storage and follows its changes; every change goes to the background, the single
 * writer. Filtering is pure lib/history code, timed and shown in the stats line.
 */
import { browser } from 'wxt/browser';
import { facetsOf, filterRecords, type HistoryFile, type HistoryRecord } from '@/lib/history';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { RESULT_CSS } from '@/lib/ui/result-css';
import { sendMessage } from '@/services/messaging';
import { readQuarantine, readSettings, watchSettings, type QuarantineEntry } from '@/services/storage';
import { watchHistory, type HistoryView } from '@/services/history-view';
import { openSourcesPage } from '@/services/open-sources';
import { $ } from '@/lib/ui/dom';
import { plural } from './dom';
import { fillSelect, onFiltersChange, readView } from './filters';
import { renderNotes } from './notes';
import { renderRows } from './table';
import { showDetail } from './detail';
import { removeRecord, setStatus, wireClear, wireTransfer } from './actions';

const PAGE_SIZE = 100;

const state = {
  file: null as HistoryFile | null,
  shown: [] as HistoryRecord[],
  limit: PAGE_SIZE,
  historyCap: DEFAULT_SETTINGS.historyCap,
  /** Stored quarantine, plus what this page could not read and the background has not yet set aside. */
  quarantine: [] as QuarantineEntry[],
  unreadable: [] as QuarantineEntry[],
  repairAsked: false,
};

/** Re-filter (timed) and redraw from the first page. */
function applyFilters(resetLimit = true): void {
  const records = state.file?.records ?? [];
  const { query, groupByPage } = readView();
  const started = performance.now();
  state.shown = filterRecords(records, query);
  const ms = performance.now() - started;
  if (resetLimit) state.limit = PAGE_SIZE;
  $('rows').replaceChildren(renderRows(state.shown, state.limit, groupByPage, { open, remove: removeRecord }));
  // Read by bench/history-browser.ts: filtering alone, and filtering plus building the rows.
  document.body.dataset.filterMs = ms.toFixed(2);
  document.body.dataset.updateMs = (performance.now() - started).toFixed(2);
  const filtered = state.shown.length !== records.length;
  $('stats').textContent = `${filtered ? `${state.shown.length.toLocaleString('en')} of ` : ''}${plural(records.length, 'record')} · filtered in ${ms.toFixed(1)} ms`;
  const more = $<HTMLButtonElement>('show-more');
  more.hidden = state.shown.length <= state.limit;
  more.textContent = `Show ${Math.min(PAGE_SIZE, state.shown.length - state.limit)} more`;
  const empty = $('empty');
  empty.hidden = state.shown.length > 0;
  empty.textContent = records.length === 0 ? 'No quotes checked yet. Quotes appear here as Verbatim checks them on pages you read, or when you check one by hand.' : 'No records match these filters.';
  for (const id of ['export-json', 'export-csv']) $<HTMLButtonElement>(id).disabled = state.shown.length === 0;
  $<HTMLButtonElement>('clear-all').disabled = records.length === 0;
}

function showFile(file: HistoryFile): void {
  state.file = file;
  const { speakers, sites } = facetsOf(file.records);
  fillSelect('f-speaker', speakers);
  fillSelect('f-site', sites);
  $('summary').textContent = `${plural(file.records.length, 'quote')} checked, newest first. Kept on this device only.`;
  showNotes();
  applyFilters(false);
}

function showNotes(): void {
  const aside = [...state.quarantine, ...state.unreadable];
  renderNotes(state.file?.droppedByCap ?? null, state.historyCap, aside, { openOptions, discardQuarantine });
}

/** Something unreadable: ask the single writer to set it aside (once per page load). */
function onView(view: HistoryView): void {
  state.unreadable = view.rejected.map((r) => ({ at: Date.now(), key: 'local:history', reason: r.reason, value: r.value }));
  showFile(view.file);
  if (view.rejected.length === 0 || state.repairAsked) return;
  state.repairAsked = true;
  void sendMessage('historyRepair', {})
    .then(readQuarantine)
    .then((quarantine) => {
      state.quarantine = quarantine;
      showNotes();
    })
    .catch((error: unknown) => setStatus(`Could not set the unreadable records aside: ${String(error)}`, true));
}

function open(record: HistoryRecord): void {
  showDetail(record, removeRecord);
}

function openOptions(): void {
  void browser.runtime.openOptionsPage();
}

async function discardQuarantine(): Promise<void> {
  await sendMessage('quarantineClear', {});
  state.quarantine = await readQuarantine();
  state.unreadable = [];
  showNotes();
}

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = RESULT_CSS;
  document.head.append(style);
  onFiltersChange(() => applyFilters());
  $('show-more').addEventListener('click', () => {
    state.limit += PAGE_SIZE;
    applyFilters(false);
  });
  $('open-options').addEventListener('click', (event) => {
    event.preventDefault();
    openOptions();
  });
  $('open-sources').addEventListener('click', (event) => {
    event.preventDefault();
    void openSourcesPage();
  });
  wireClear(() => state.file?.records.length ?? 0);
  wireTransfer(() => state.shown);
  const [{ settings }, quarantine] = await Promise.all([readSettings(), readQuarantine()]);
  state.historyCap = settings.historyCap;
  state.quarantine = quarantine;
  await watchHistory(onView);
  // Build the search text of every record while idle, so the first search is as fast as the rest.
  setTimeout(() => filterRecords(state.file?.records ?? [], { text: 'a' }), 200);
  watchSettings((settings) => {
    state.historyCap = settings.historyCap;
    showNotes();
  });
  document.body.dataset.loadMs = performance.now().toFixed(0);
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => setStatus(`The history could not be loaded: ${String(error)}`, true));
