/**
 * Which tab the popup reports on: `?tab=<id>` when given (tests, or a popup opened in its own
 * window), else the active tab of the current window.
 */
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url: string | null;
}

export async function targetTab(search = location.search): Promise<TargetTab | null> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) {
    const tab = await browser.tabs.get(requested).catch(() => null);
    return { id: requested, url: tab?.url ?? null };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id !== undefined ? { id: active.id, url: active.url ?? null } : null;
}

/** Only ordinary web pages get a content script. */
export function isScannable(url: string | null): boolean {
  return !!url && /^https?:\/\//.test(url);
}
