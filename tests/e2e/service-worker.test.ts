import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { highlightsOf, stopServiceWorkers, waitForScan, openFixture, type FixtureSession, type ExtensionSession } from './harness';

interface Stats { startedAt: number; restoredTabs: number; restoreMs: number; indexBuildMs: number; corpusParseMs: number }

async function popupList(session: ExtensionSession, tabId: number): Promise<{ list: string[]; popup: Page }> {
  const popup = await session.openPopup(tabId);
  await popup.waitForSelector('#quote-list li');
  const list = await popup.$$eval('#quote-list li', (lis) => lis.map((li) => `${(li as HTMLElement).dataset.verdict} ${li.querySelector('.pq-text')?.textContent}`));
  return { list, popup };
}

async function stats(popup: Page): Promise<Stats> {
  return popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ value: Stats }> } } }).chrome;
    return (await api.runtime.sendMessage({ verbatim: 1, name: 'backgroundStats', payload: {} })).value;
  });
}

async function badge(session: ExtensionSession, tabId: number): Promise<string> {
  const worker = await session.serviceWorker();
  return worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);
}

describe('service worker stopped mid-session (real Chromium, built extension)', () => {
  let fixture: FixtureSession;
  let session: ExtensionSession;
  let page: Page;

  beforeAll(async () => {
    fixture = await openFixture('e2e/article.html', (p) => waitForScan(p, 5));
    ({ session, page } = fixture);
  });
  afterAll(() => fixture?.close());

  it('loses no tab results, badge or highlights, and keeps matching new quotes', async () => {
    const tabId = await session.tabIdOf(page);
    const { list: before, popup } = await popupList(session, tabId);
    const beforeStats = await stats(popup);
    const beforeBadge = await badge(session, tabId);
    await popup.close();
    expect(before.length).toBeGreaterThanOrEqual(5);
    // The article has an altered and a misattributed quote: the badge is in its alert form ("N!").
    expect(beforeBadge).toMatch(/^\d+!$/);

    await stopServiceWorkers(session, page);

    // The popup's message wakes a new worker, which must answer from the restored state.
    const { list: after, popup: popup2 } = await popupList(session, tabId);
    const afterStats = await stats(popup2);
    expect(afterStats.startedAt).toBeGreaterThan(beforeStats.startedAt); // really a new worker
    expect(afterStats.restoredTabs).toBeGreaterThanOrEqual(1);
    expect(after).toEqual(before);
    expect(await badge(session, tabId)).toBe(beforeBadge);
    expect(Object.values(await highlightsOf(page)).flat().length).toBeGreaterThanOrEqual(5);

    // A quote added after the restart is matched by the rebuilt index and joins the same list.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“What happens in the Indo-Pacific matters for Europe, and what happens in Europe matters for the Indo-Pacific,” he repeated, adding: “Russia should comply with the 16 March ruling by the UN International Court of Justice and immediately suspend military operations.”';
      document.querySelector('#live')!.append(p);
    });
    await popup2.waitForFunction((n) => document.querySelectorAll('#quote-list li').length > n, before.length, { timeout: 10_000 });
    const final = await popup2.$$eval('#quote-list li', (lis) => lis.map((li) => `${(li as HTMLElement).dataset.verdict} ${li.querySelector('.pq-text')?.textContent}`));
    expect(final.slice(0, before.length)).toEqual(before);
    expect(final.some((t) => t.includes('16 March ruling'))).toBe(true);
  });
});
