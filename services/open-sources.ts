/**
 * Opens the "Your sources" page in a new tab. With a tab id, the page offers that tab's page
 * as a new source ("add this page as a source"): it asks the tab's content script for the text.
 * For the popup and the history page's links.
 */
import { browser } from 'wxt/browser';

export function sourcesPageUrl(fromTabId?: number): string {
  // Typed loosely: WXT types getURL by the pages that exist, and pages are built separately.
  const getURL = browser.runtime.getURL as (path: string) => string;
  return getURL(`/sources.html${fromTabId === undefined ? '' : `?fromTab=${fromTabId}`}`);
}

export async function openSourcesPage(fromTabId?: number): Promise<void> {
  await browser.tabs.create({ url: sourcesPageUrl(fromTabId) });
}
