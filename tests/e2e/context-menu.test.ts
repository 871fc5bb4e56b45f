import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cardText, waitForCard, openFixture, type FixtureSession, type ExtensionSession, type StaticServer } from './harness';

/**
 * Playwright cannot open the browser's own context menu, so the test selects text in the page
 * and calls the worker's onClicked handler with the data Chrome would pass (menuItemId,
 * selectionText, pageUrl): everything after the click is the production path.
 */
describe('context menu "Check this quote" (real Chromium, built extension)', () => {
  let fixture: FixtureSession;
  let session: ExtensionSession;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    fixture = await openFixture('e2e/plain.html', (p) => p.waitForFunction(() => document.documentElement.dataset.verbatim === 'done'));
    ({ session, server, page } = fixture);
  });
  afterAll(() => fixture?.close());

  async function clickMenu(selectionText: string): Promise<void> {
    const tabId = await session.tabIdOf(page);
    const worker = await session.serviceWorker();
    await worker.evaluate(
      ({ text, tab, url }) =>
        (globalThis as unknown as { verbatimDebug: { contextMenuClick(i: object, t: number): Promise<void> } }).verbatimDebug.contextMenuClick(
          { menuItemId: 'verbatim-check-selection', selectionText: text, pageUrl: url },
          tab,
        ),
      { text: selectionText, tab: tabId, url: page.url() },
    );
  }

  it('registers the menu item for selected text', async () => {
    const worker = await session.serviceWorker();
    // The id is reserved once created: creating it again must fail with "duplicate id".
    const duplicate = await worker.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const api = (globalThis as unknown as { chrome: { contextMenus: { create(p: object, cb: () => void): void }; runtime: { lastError?: { message?: string } } } }).chrome;
          api.contextMenus.create({ id: 'verbatim-check-selection', title: 'x', contexts: ['selection'] }, () =>
            resolve(api.runtime.lastError?.message ?? 'created'),
          );
        }),
    );
    expect(duplicate).toMatch(/duplicate/i);
  });

  it('shows the result in an in-page card at the selection', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'We, the Heads of State and Government of the North Atlantic Alliance, have gathered in Madrid as war has returned to the European continent.';
      document.querySelector('main')!.append(p);
      const range = document.createRange();
      range.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await clickMenu(await page.evaluate(() => getSelection()!.toString()));
    await waitForCard(page);
    const text = (await cardText(page)) ?? '';
    expect(text).toContain('Check this quote');
    expect(text).toContain('Verbatim');
    expect(text).toContain('NATO Heads of State and Government');
    expect(await page.evaluate(() => document.querySelector('verbatim-card')?.shadowRoot?.querySelector('.vb-result')?.getAttribute('data-verdict'))).toBe('verbatim');
  });

  it('keeps the card open until closed', async () => {
    await page.mouse.move(3, 3);
    await page.waitForTimeout(500);
    expect(await cardText(page)).not.toBeNull();
    await page.evaluate(() => document.querySelector('verbatim-card')?.shadowRoot?.querySelector<HTMLButtonElement>('.vb-close')?.click());
    expect(await cardText(page)).toBeNull();
  });

  it('checks a selected page quote against the speaker the page credits', async () => {
    await page.goto(server.url('e2e/article.html'));
    await page.waitForFunction(() => document.documentElement.dataset.verbatim === 'done');
    const selected = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((el) => el.textContent?.includes('NATO remains the foundation'))!;
      const text = p.firstChild as Text;
      const start = text.data.indexOf('NATO remains');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, text.data.indexOf('among Allies') + 'among Allies'.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    await clickMenu(selected);
    await waitForCard(page);
    const text = (await cardText(page)) ?? '';
    expect(text).toContain('The page credits: Stoltenberg');
    expect(text).toContain('Credited to Stoltenberg; the source is NATO Heads of State and Government');
  });

  it('explains an empty selection instead of failing silently', async () => {
    await clickMenu('   ');
    await waitForCard(page);
    expect(await cardText(page)).toContain('Select the words of a quote first.');
  });
});
