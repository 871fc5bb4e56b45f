/**
 * Background (MV3 service worker; Firefox event page). Wiring only: every listener is registered
 * synchronously at top level so a restarted worker receives the event that woke it; the state
 * those listeners need is restored from storage.session before they answer.
 */
import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { handleMessages } from '@/services/messaging';
import { loadTimings, getMatcher } from '@/services/match-service';
import { matchTimings, reorderPage, scanPageText } from '@/services/page-scan';
import { forgetTab, getTab, restoreTabs } from '@/services/tab-state';
import { handleCheckQuote } from '@/services/manual-check';
import { pageSettings, setSiteScan } from '@/services/scan-settings';
import { createContextMenu, onContextMenuClick, type MenuClick } from '@/services/context-menu';
import { registerHistoryHandlers } from '@/services/history-store';
import { registerSourceHandlers, sourcesReady } from '@/services/sources-store';
import { recheckOpenTabs } from '@/services/recheck-tabs';

function tabOf(sender: { tabId?: number }): number {
  if (sender.tabId === undefined) throw new Error('page scans must come from a tab');
  return sender.tabId;
}

export default defineBackground(() => {
  const startedAt = Date.now();
  const restoring = restoreTabs();
  // The user's imported sources join the index once per worker life; matching waits for them.
  const withSources = () => sourcesReady(getMatcher);
  // Build the index (with the sources) soon after the worker starts, so a page scan after a
  // restart finds it ready. Building blocks the worker for a few hundred ms, so it waits a
  // moment: the message that woke the worker (often the popup asking for its list) is answered first.
  void restoring.then(() => setTimeout(() => void withSources(), 250));

  handleMessages({
    ping: () => ({ ok: true }),
    pageSettings: ({ url }) => pageSettings(url),
    scanText: async (request, sender) => {
      await withSources();
      return scanPageText(tabOf(sender), request);
    },
    pageOrder: async (request, sender) => {
      await reorderPage(tabOf(sender), request);
      return { ok: true };
    },
    tabResults: async ({ tabId }) => ({ state: await getTab(tabId) }),
    checkQuote: async (request) => (await withSources(), handleCheckQuote(request)),
    searchCorpus: async ({ keywords, limit }) => (await withSources(), { statements: getMatcher().search(keywords, limit ?? 12) }),
    setSiteScan: async ({ host, enabled }) => {
      await setSiteScan(host, enabled);
      return { ok: true };
    },
    backgroundStats: async () => {
      const restored = await restoring;
      return { ...loadTimings(), restoreMs: restored.ms, restoredTabs: restored.count, startedAt, matching: matchTimings() };
    },
  });

  registerHistoryHandlers();
  registerSourceHandlers(getMatcher, () => void recheckOpenTabs());
  browser.runtime.onInstalled.addListener(createContextMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => void withSources().then(() => onContextMenuClick(info, tab?.id)));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

  // Test and bench hook: the same path a real menu click takes (playwright cannot click
  // browser context menus). Reachable only from the extension's own worker scope.
  (globalThis as { verbatimDebug?: unknown }).verbatimDebug = {
    contextMenuClick: (info: MenuClick, tabId: number) => onContextMenuClick(info, tabId),
  };
});
