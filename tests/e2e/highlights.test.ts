import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  bodySnapshot, cardText, waitForCard, foreignRequests, highlightsOf, waitForScan,
  openFixture, type FixtureSession, type ExtensionSession, type StaticServer,
} from './harness';

const INDO_PACIFIC = 'What happens in the Indo-Pacific matters for Europe';
const ZELENSKYY = 'I told President Zelenskyy on behalf of President Biden';
const INVENTED = 'We will keep every single option firmly on the table';
const FOREIGN_MINISTERS = 'NATO Foreign Ministers will meet tomorrow and Thursday';
const FOUNDATION = 'NATO remains the foundation of our collective defence';

const has = (list: string[], words: string) => list.some((text) => text.includes(words));

describe('highlights on a news article (real Chromium, built extension)', () => {
  let fixture: FixtureSession;
  let session: ExtensionSession;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    fixture = await openFixture('e2e/article.html', (p) => waitForScan(p, 5));
    ({ session, server, page } = fixture);
  });
  afterAll(() => fixture?.close());

  it('highlights each statement quote under its verdict', async () => {
    const h = await highlightsOf(page);
    expect(has(h.verbatim, INDO_PACIFIC)).toBe(true);
    expect(has(h.verbatim, ZELENSKYY)).toBe(true);
    expect(has(h['not-found'], INVENTED)).toBe(true);
    expect(has([...h.close, ...h.altered], FOREIGN_MINISTERS)).toBe(true);
    expect(has(h.verbatim, INVENTED) || has(h.close, INVENTED)).toBe(false);
  });

  it('marks a quote credited to the wrong speaker as misattributed', async () => {
    const h = await highlightsOf(page);
    expect(has(h.misattributed, FOUNDATION)).toBe(true);
    expect(has(h.misattributed, INDO_PACIFIC)).toBe(false);
  });

  it('does not highlight scare-quoted terms', async () => {
    const all = Object.values(await highlightsOf(page)).flat();
    expect(all.some((t) => t === 'determined' || t === 'turning point')).toBe(false);
  });

  it('shows a hover card with verdict, score, source and a transcript link', async () => {
    const box = await page.evaluate((words) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(words) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 5);
        range.setEnd(node, at + 12);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, INDO_PACIFIC);
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x, box!.y);
    await waitForCard(page);
    const text = (await cardText(page)) ?? '';
    expect(text).toContain('Verbatim');
    expect(text).toMatch(/\d+% match/);
    expect(text).toContain('Jens Stoltenberg');
    const href = await page.evaluate(() => document.querySelector('verbatim-card')?.shadowRoot?.querySelector('a.vb-event')?.getAttribute('href'));
    expect(href).toMatch(/^https:\/\//);
    await page.mouse.move(5, 5);
    await waitForCard(page, false);
  });

  it('highlights a quote the page adds later (rescan), without re-matching the others', async () => {
    const before = await highlightsOf(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '“Condemning Russia’s attempted annexations, And calling for the reversal of these illegal decisions,” Stoltenberg said in a later update.';
      document.querySelector('#live')!.append(p);
    });
    await page.waitForFunction(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return [...registry.values()].some((h) => [...h].some((r) => r.toString().includes('attempted annexations')));
    }, null, { timeout: 10_000 });
    const after = await highlightsOf(page);
    expect(after.verbatim.length + after.close.length).toBeGreaterThan(before.verbatim.length + before.close.length - 1);
    expect(has(after.verbatim, INDO_PACIFIC)).toBe(true);
  });

  it('leaves the page DOM untouched and removes every highlight when scanning is switched off', async () => {
    const fresh = await session.context.newPage();
    await fresh.goto(server.url('e2e/article.html'));
    const pristine = await fresh.evaluate(() => new XMLSerializer().serializeToString(document.body));
    await waitForScan(fresh, 5);
    expect(await bodySnapshot(fresh)).toBe(pristine);
    const popup = await session.openPopup(fresh);
    await popup.locator('#site-scan').uncheck();
    await fresh.waitForFunction(() => document.documentElement.dataset.verbatim === 'off');
    const h = await highlightsOf(fresh);
    expect(Object.values(h).flat()).toEqual([]);
    expect(await fresh.evaluate(() => document.querySelectorAll('verbatim-card, verbatim-layer').length)).toBe(0);
    expect(await bodySnapshot(fresh)).toBe(pristine);
    await popup.locator('#site-scan').check();
    await waitForScan(fresh, 5);
    await popup.close();
    await fresh.close();
  });

  it('treats a single-page-app navigation as a new page: the tab list holds only the new article', async () => {
    const spa = await session.context.newPage();
    await spa.goto(server.url('e2e/article.html'));
    await waitForScan(spa, 5);
    const tabId = await session.tabIdOf(spa);
    await spa.evaluate(() => {
      history.pushState({}, '', '?story=2');
      const p = document.createElement('p');
      p.textContent = '“Russia should comply with the 16 March ruling by the UN International Court of Justice and immediately suspend military operations,” the allies said.';
      document.querySelector('article')!.replaceChildren(p);
    });
    const popup = await session.openPopup(tabId);
    await popup.waitForFunction(() => {
      const items = [...document.querySelectorAll('#quote-list li .pq-text')].map((e) => e.textContent ?? '');
      return items.length === 1 && items[0]!.includes('16 March ruling');
    }, null, { timeout: 10_000 });
    await popup.close();
    await spa.close();
  });

  it('made no network request to any host but 127.0.0.1', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
  });
});
