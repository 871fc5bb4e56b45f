/**
 * "Check this quote" on selected text. The result goes back to the page as an in-page card at
 * the selection (content script), through the same check path as the popup's manual box.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from './messaging';
import { checkQuote } from './manual-check';
import { getTab } from './tab-state';
import type { TabQuote } from './messaging';

export const MENU_ID = 'verbatim-check-selection';

/** Menus persist across service-worker restarts; (re)create them once per install/update. */
export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({ id: MENU_ID, title: 'Check this quote', contexts: ['selection'] }),
  );
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  /** Given by the browser with the click: no "tabs" permission needed to know the page. */
  pageUrl?: string;
}

export async function onContextMenuClick(info: MenuClick, tabId: number | undefined): Promise<void> {
  if (info.menuItemId !== MENU_ID || tabId === undefined || tabId < 0) return;
  const text = (info.selectionText ?? '').trim();
  const known = text ? knownQuote((await getTab(tabId))?.quotes ?? [], text) : null;
  let match = null;
  let error: string | null = null;
  try {
    match = text ? await checkQuote({ text, speaker: known?.speaker ?? null, via: 'context-menu' }, info.pageUrl ?? null) : null;
    if (!text) error = 'Select the words of a quote first.';
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  try {
    const claimed = known ? (known.speakerCue ?? known.speaker) : null;
    await sendToTab(tabId, 'showCheckResult', { text: text.slice(0, 10_000), claimed, match, error });
  } catch {
    // No content script on this tab (browser page, or opened before install): nothing to draw on.
  }
}

/**
 * The page-scan quote the selection belongs to (selected inside it, or selecting all of it and a
 * little more), so the check knows who the page credits. Selections of other text get none.
 */
export function knownQuote(quotes: readonly TabQuote[], selection: string): TabQuote | null {
  // Letters and digits only: quote marks, punctuation and spacing differ between page and selection.
  const flat = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  const sel = flat(selection);
  if (sel.length < 12) return null;
  return quotes.find((q) => q.speaker && (flat(q.text).includes(sel) || sel.includes(flat(q.text)))) ?? null;
}
