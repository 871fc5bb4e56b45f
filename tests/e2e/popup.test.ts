import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foreignRequests, highlightsOf, launchExtension, startServer, waitForScan, type ExtensionSession, type StaticServer } from './harness';

describe('popup (real Chromium, built extension)', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
    page = await session.context.newPage();
    await page.setViewportSize({ width: 1000, height: 320 });
    await page.goto(server.url('e2e/article.html'));
    await waitForScan(page, 5);
    popup = await session.openPopup(page);
    await popup.waitForSelector('#quote-list li');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('lists the page quotes in page order, with the same verdicts as the highlights', async () => {
    const items = await popup.$$eval('#quote-list li', (lis) =>
      lis.map((li) => ({ verdict: (li as HTMLElement).dataset.verdict, text: li.querySelector('.pq-text')?.textContent ?? '' })),
    );
    const h = await highlightsOf(page);
    const highlighted = (['verbatim', 'close', 'altered', 'not-found'] as const).flatMap((v) => h[v].map((text) => ({ v, text })));
    expect(items.length).toBe(new Set(highlighted.map((x) => x.text)).size);
    for (const item of items) {
      const words = item.text.replace(/^“|”$/g, '').replace(/…$/, '').slice(0, 40);
      expect(highlighted.find((x) => x.text.startsWith(words))?.v).toBe(item.verdict);
    }
    const positions = await page.evaluate((texts) => texts.map((t) => document.body.textContent!.replace(/\s+/g, ' ').indexOf(t)), items.map((i) => i.text.replace(/^“|”$/g, '').replace(/…$/, '').slice(0, 30)));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(await popup.textContent('#page-summary')).toMatch(/\d+ quotes?:/);
  });

  it('shows score, claimed speaker and closest source, and details on demand', async () => {
    const first = popup.locator('#quote-list li').first();
    expect(await first.locator('.pq-score').textContent()).toMatch(/^\d+%$/);
    expect(await first.locator('.pq-speaker').textContent()).toMatch(/credited to|no speaker/);
    expect(await first.locator('.pq-source').textContent()).toMatch(/Source: .+, \d{1,2} \w+ \d{4}|No source/);
    expect(await first.locator('.vb-result').count()).toBe(0);
    await first.locator('summary').click();
    await first.locator('.vb-result').waitFor();
    expect(await first.locator('.vb-result').count()).toBe(1);
    expect(await first.locator('.vb-result').textContent()).toContain('In the source');
  });

  it('scrolls the page to a quote when it is clicked in the list', async () => {
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await popup.locator('#quote-list li .pq-main').last().click();
    await page.waitForFunction(() => scrollY > 100);
    expect(await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return registry.has('verbatim-focus');
    })).toBe(true);
  });

  it('checks a pasted quote by hand, with the attribution check', async () => {
    await popup.click('#tab-check');
    await popup.fill('#check-text', '“What happens in the Indo-Pacific matters for Europe, and what happens in Europe matters for the Indo-Pacific.”');
    await popup.fill('#check-speaker', 'Antony Blinken');
    await popup.click('#check-form button[type=submit]');
    const result = popup.locator('#check-result .vb-result');
    await result.waitFor();
    expect(await result.getAttribute('data-verdict')).toBe('verbatim');
    expect(await result.locator('.vb-warn').textContent()).toContain('the source is Jens Stoltenberg');
  });

  it('says clearly when a pasted quote is not in the corpus, without calling it false', async () => {
    await popup.fill('#check-text', 'Penguins will be admitted to the Alliance by a unanimous vote of the fish.');
    await popup.fill('#check-speaker', '');
    await popup.click('#check-form button[type=submit]');
    await popup.waitForFunction(() => document.querySelector('#check-result')?.textContent?.includes('does not mean the quote is false'));
  });

  it('searches the corpus by keywords and links each statement to its source', async () => {
    await popup.click('#tab-search');
    await popup.fill('#search-text', 'battlegroups eastern flank');
    await popup.click('#search-form button');
    await popup.waitForSelector('#search-results li.sr');
    const first = popup.locator('#search-results li.sr').first();
    expect(await first.locator('a').getAttribute('href')).toMatch(/^https:\/\//);
    expect((await popup.locator('#search-results').textContent())?.toLowerCase()).toContain('battlegroup');
  });

  it('links to the match history page', async () => {
    const [history] = await Promise.all([session.context.waitForEvent('page'), popup.click('#open-history')]);
    expect(history.url()).toBe(`chrome-extension://${session.extensionId}/quote-history.html`);
    await history.close();
  });

  it('links to the user’s sources, and offers this web page as a new source', async () => {
    const base = `chrome-extension://${session.extensionId}/sources.html`;
    const [sources] = await Promise.all([session.context.waitForEvent('page'), popup.click('#open-sources')]);
    expect(sources.url()).toBe(base);
    await sources.close();
    const [adding] = await Promise.all([session.context.waitForEvent('page'), popup.click('#add-source')]);
    expect(adding.url()).toBe(`${base}?fromTab=${await session.tabIdOf(page)}`);
    await adding.close();
  });

  it('offers no "add this page as a source" for a page that is not a web page', async () => {
    const other = await session.context.newPage();
    await other.goto(`chrome-extension://${session.extensionId}/quote-history.html`);
    const second = await session.openPopup(other);
    await second.waitForFunction(() => document.querySelector('#site-name')?.textContent === 'not a web page');
    expect(await second.isHidden('#add-source')).toBe(true);
    expect(await second.isHidden('#scan-now')).toBe(true);
    expect(await second.isVisible('#open-sources')).toBe(true);
    await second.close();
    await other.close();
  });

  it('made no network request to any host but 127.0.0.1', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
  });
});
