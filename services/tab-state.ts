/**
 * Per-tab results (the quotes found on each tab and their matches), kept in memory and mirrored
 * to storage.session so a stopped MV3 service worker loses nothing: on restart, restoreTabs()
 * reads them back before any handler answers. storage.session is memory-only in the browser
 * (never written to disk) and cleared when the browser closes — right for page state.
 */
import { browser } from 'wxt/browser';
import { TabState, type TabState as TabStateT } from './messaging';

const PREFIX = 'tab:';
/** Keep the most recently updated tabs only: bounded memory however many tabs are open. */
const MAX_TABS = 40;

const tabs = new Map<number, TabStateT>();
let restored: Promise<{ ms: number; count: number }> | null = null;

type SessionArea = { get(keys: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string | string[]): Promise<void> };

/** storage.session where the browser has it; otherwise state lives in memory only. */
function session(): SessionArea | null {
  const area = (browser.storage as unknown as { session?: SessionArea }).session;
  return area ?? null;
}

/** Read every persisted tab back (once per worker life). Invalid entries are dropped, not trusted. */
export function restoreTabs(): Promise<{ ms: number; count: number }> {
  restored ??= (async () => {
    const t0 = performance.now();
    const all = (await session()?.get(null)) ?? {};
    for (const [key, value] of Object.entries(all)) {
      if (!key.startsWith(PREFIX)) continue;
      const parsed = TabState.safeParse(value);
      const id = Number(key.slice(PREFIX.length));
      if (parsed.success && Number.isInteger(id) && !tabs.has(id)) tabs.set(id, parsed.data);
    }
    return { ms: performance.now() - t0, count: tabs.size };
  })();
  return restored;
}

export async function getTab(tabId: number): Promise<TabStateT | null> {
  await restoreTabs();
  return tabs.get(tabId) ?? null;
}

/** Current state without waiting: only for code that already awaited restoreTabs() in this turn. */
export function peekTab(tabId: number): TabStateT | null {
  return tabs.get(tabId) ?? null;
}

export async function saveTab(tabId: number, state: TabStateT): Promise<void> {
  tabs.set(tabId, state);
  await session()?.set({ [PREFIX + tabId]: state });
  await evictOldTabs();
}

export async function forgetTab(tabId: number): Promise<void> {
  tabs.delete(tabId);
  await session()?.remove(PREFIX + tabId);
}

async function evictOldTabs(): Promise<void> {
  if (tabs.size <= MAX_TABS) return;
  const oldest = [...tabs.entries()].sort((a, b) => a[1].updatedAt - b[1].updatedAt).slice(0, tabs.size - MAX_TABS);
  for (const [id] of oldest) tabs.delete(id);
  await session()?.remove(oldest.map(([id]) => PREFIX + id));
}
