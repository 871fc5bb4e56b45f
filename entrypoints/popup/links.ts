/** The popup footer's links: history, the user's sources, settings, and "add this page as a source". */
import { browser } from 'wxt/browser';
import { $ } from '@/lib/ui/dom';
import { openSourcesPage } from '@/services/open-sources';
import { isScannable } from './target-tab';

function onLink(id: string, action: () => Promise<unknown>): void {
  $(id).addEventListener('click', (event) => {
    event.preventDefault();
    void action();
  });
}

export function wireLinks(): void {
  // Typed loosely: WXT types getURL by the pages that exist, and the history page is built separately.
  const getURL = browser.runtime.getURL as (path: string) => string;
  onLink('open-history', () => browser.tabs.create({ url: getURL('/quote-history.html') }));
  onLink('open-sources', () => openSourcesPage());
  onLink('open-options', () => browser.runtime.openOptionsPage());
}

/** Only a web page has text the sources page can take (it asks the page's content script). */
export function wireAddSource(tabId: number, url: string | null): void {
  if (!isScannable(url)) return;
  $('add-source').hidden = false;
  onLink('add-source', () => openSourcesPage(tabId));
}
