/**
 * After the user's sources change, every open page is matched again, so a quote that was
 * "not in corpus" turns into a match without a reload (and a deleted source stops matching).
 */
import { browser } from 'wxt/browser';
import { sendToTab } from './messaging';

/** Ask each tab's content script to recheck; tabs without one (or switched off) just decline. */
export async function recheckOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({});
  const replies = await Promise.allSettled(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [sendToTab(tab.id, 'recheck', {})])),
  );
  return replies.filter((r) => r.status === 'fulfilled' && r.value.quotes > 0).length;
}
