/** Popup wiring: tabs, the page's quote list (refreshed while open), site switch, links. */
import { sendMessage, sendToTab, type TabState } from '@/services/messaging';
import { RESULT_CSS } from '@/lib/ui/result-css';
import { isScannable, targetTab, type TargetTab } from './target-tab';
import { $, el } from '@/lib/ui/dom';
import { renderQuoteItem, shownQuotes, summaryParts } from './page-list';
import { wireCheckBox } from './check-box';
import { wireSearch } from './corpus-search';
import { wireAddSource, wireLinks } from './links';

function addSharedStyles(): void {
  const style = document.createElement('style');
  style.textContent = RESULT_CSS;
  document.head.append(style);
}

function wireTabs(): void {
  const tabs = ['page', 'check', 'search'];
  for (const name of tabs) {
    $(`tab-${name}`).addEventListener('click', () => {
      for (const other of tabs) {
        $(`tab-${other}`).setAttribute('aria-selected', String(other === name));
        $(`panel-${other}`).hidden = other !== name;
      }
    });
  }
}

let lastUpdate = -1;
/** Settings say "scan on request": the scan button stays offered. */
let onRequest = false;
/** Not a web page (browser pages, the extension's own): nothing to scan, so no scan button. */
let webPage = true;

async function refreshList(tab: TargetTab): Promise<TabState | null> {
  const { state } = await sendMessage('tabResults', { tabId: tab.id });
  if ((state?.updatedAt ?? 0) === lastUpdate) return state;
  lastUpdate = state?.updatedAt ?? 0;
  const quotes = shownQuotes(state);
  const open = (key: string) => void sendToTab(tab.id, 'scrollToQuote', { key }).catch(() => undefined);
  $('quote-list').replaceChildren(...quotes.map((q) => renderQuoteItem(q, open)));
  $('page-summary').replaceChildren(...summaryNodes(quotes.length, summaryParts(quotes), state !== null));
  $('scan-now').hidden = !webPage || (!onRequest && state !== null);
  return state;
}

function summaryNodes(count: number, parts: string[], scanned: boolean): Node[] {
  if (!scanned) return [document.createTextNode('This page has not been scanned.')];
  if (count === 0) return [document.createTextNode('No quotations from the corpus speakers found on this page.')];
  const strong = el('strong', '', `${count} quote${count === 1 ? '' : 's'}`);
  return [strong, document.createTextNode(`: ${parts.join(' · ')}`)];
}

async function wireSiteSwitch(tab: TargetTab, state: TabState | null): Promise<void> {
  const url = tab.url ?? state?.url ?? null;
  const box = $<HTMLInputElement>('site-scan');
  if (!isScannable(url)) {
    webPage = false;
    $('scan-now').hidden = true;
    box.disabled = true;
    $('site-name').textContent = 'not a web page';
    $('page-summary').textContent = 'Verbatim checks quotes on web pages (http and https).';
    return;
  }
  const settings = await sendMessage('pageSettings', { url: url! });
  $('site-name').textContent = `Scan ${settings.host}`;
  box.checked = settings.scan;
  box.addEventListener('change', async () => {
    await sendMessage('setSiteScan', { host: settings.host, enabled: box.checked });
    await sendToTab(tab.id, 'setScanning', { enabled: box.checked }).catch(() => undefined);
    lastUpdate = -1;
    await refreshList(tab);
  });
  const scanNow = async () => {
    await sendToTab(tab.id, 'setScanning', { enabled: true }).catch(() => undefined);
    lastUpdate = -1;
    await refreshList(tab);
  };
  $('scan-now').addEventListener('click', () => void scanNow());
  // "Scan on request": opening the popup on a page is the request.
  if (settings.scan && !settings.automatic) {
    onRequest = true;
    $('scan-now').hidden = false;
    $('scan-now').textContent = 'Scan this page again';
    if (!state?.quotes.length) await scanNow();
  }
}

async function main(): Promise<void> {
  addSharedStyles();
  wireTabs();
  wireLinks();
  wireCheckBox($('check-form'), $('check-text'), $('check-speaker'), $('check-result'));
  wireSearch($('search-form'), $('search-text'), $('search-results'));
  const tab = await targetTab();
  if (!tab) {
    $('page-summary').textContent = 'No tab to report on.';
    return;
  }
  const state = await refreshList(tab);
  wireAddSource(tab.id, tab.url ?? state?.url ?? null);
  await wireSiteSwitch(tab, state);
  // The page may still be scanning (or adding content): keep the list current while open.
  setInterval(() => void refreshList(tab).catch(() => undefined), 1000);
}

main().catch((error: unknown) => {
  $('page-summary').textContent = `Verbatim could not load: ${error instanceof Error ? error.message : String(error)}`;
});
