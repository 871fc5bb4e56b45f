/** The toolbar badge per tab (count of checked quotes; "!" and a warm colour when any needs a look). */
import { browser } from 'wxt/browser';
import { badgeFor } from '../lib/ui/badge';
import type { TabState } from './messaging';

type ActionApi = {
  setBadgeText(d: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(d: { tabId: number; color: string }): Promise<void>;
  setTitle(d: { tabId: number; title: string }): Promise<void>;
};

function action(): ActionApi | null {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction ?? null;
}

export async function showBadge(tabId: number, state: TabState | null): Promise<void> {
  const api = action();
  if (!api) return;
  const view = badgeFor(state?.quotes.filter((q) => q.kind !== 'term').map((q) => q.match) ?? []);
  try {
    await Promise.all([
      api.setBadgeText({ tabId, text: view.text }),
      api.setBadgeBackgroundColor({ tabId, color: view.colour }),
      api.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
      api.setTitle({ tabId, title: view.title }),
    ]);
  } catch {
    // The tab closed between the scan and the badge update: nothing to show.
  }
}
