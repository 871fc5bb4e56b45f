/**
 * "Your sources" in real Chromium with the built extension: a quote that is "not in corpus"
 * is matched to a transcript the user imports through the sources page, marked as the user's
 * own source in the hover card, the popup and the history; it survives a worker restart and
 * goes away with the source. The transcript is synthetic (see its header note).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import {
  cardText, foreignRequests, highlightsOf, launchExtension, startServer, stopServiceWorkers, waitForCard, waitForScan,
  type ExtensionSession, type StaticServer,
} from './harness';

const TRANSCRIPT = resolve(import.meta.dirname, '../fixtures/sources/2023-10-12-stoltenberg-synthetic-defence-ministers-press-conference.txt');
const INDUSTRY = 'Our industrial capacity is now a security question in its own right';
const PIPELINE = 'It is too early to say what caused the damage';
const OWN_SOURCE_MARK = /your source/i;

const has = (list: string[], words: string) => list.some((text) => text.includes(words));

async function hoverQuote(page: Page, words: string): Promise<string> {
  const box = await page.evaluate((target) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 4);
      range.setEnd(node, at + 14);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, words);
  if (!box) throw new Error(`quote not on the page: ${words}`);
  await page.mouse.move(box.x, box.y);
  await waitForCard(page);
  const text = (await cardText(page)) ?? '';
  await page.mouse.move(2, 2);
  await waitForCard(page, false);
  return text;
}

describe('your sources (real Chromium, built extension)', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  let article: Page;
  let sources: Page;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
    article = await session.context.newPage();
    sources = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('first shows the quotes as not in corpus', async () => {
    await article.goto(server.url('e2e/own-source.html'));
    await waitForScan(article, 2);
    const h = await highlightsOf(article);
    expect(has(h['not-found'], INDUSTRY)).toBe(true);
    expect(has(h['not-found'], PIPELINE)).toBe(true);
  });

  it('explains what is missing next to each field, and keeps what was typed', async () => {
    await sources.goto(`chrome-extension://${session.extensionId}/sources.html`);
    await sources.fill('#f-speaker', 'Jens Stoltenberg');
    await sources.fill('#f-date', '2023-02-30');
    await sources.fill('#f-url', 'www.nato.int/transcript');
    await sources.click('#add-button');
    await expect.poll(() => sources.textContent('#e-date')).toMatch(/not a real calendar date/i);
    expect(await sources.textContent('#e-title')).toMatch(/event title is missing/i);
    expect(await sources.textContent('#e-url')).toMatch(/https?:\/\//);
    expect(await sources.textContent('#e-text')).toMatch(/text is empty/i);
    expect(await sources.textContent('#e-speaker')).toBe('');
    expect(await sources.inputValue('#f-speaker')).toBe('Jens Stoltenberg');
    expect(await sources.locator('#source-list > li').count()).toBe(0);
    await sources.click('button[type="reset"]');
  });

  it('uses the header of pasted source-format text for the fields', async () => {
    await sources.fill('#f-text', readFileSync(TRANSCRIPT, 'utf8'));
    await sources.dispatchEvent('#f-text', 'paste');
    await expect.poll(() => sources.inputValue('#f-date')).toBe('2023-10-12');
    expect(await sources.inputValue('#f-text')).toMatch(/^Press conference\n/);
    await sources.click('button[type="reset"]');
    expect(await sources.inputValue('#f-date')).toBe('');
  });

  it('imports the transcript file through the page, prefilled from its header', async () => {
    await sources.setInputFiles('#f-file', TRANSCRIPT);
    await expect.poll(() => sources.inputValue('#f-speaker')).toBe('Jens Stoltenberg');
    expect(await sources.inputValue('#f-date')).toBe('2023-10-12');
    expect(await sources.inputValue('#f-kind')).toBe('press-conference');
    expect(await sources.inputValue('#f-text')).toContain(INDUSTRY);
    expect(await sources.inputValue('#f-text')).not.toMatch(/^speaker:/m);
    await sources.click('#add-button');
    await expect.poll(() => sources.textContent('#add-status'), { timeout: 15_000 }).toMatch(/^Added .*sentences indexed/);
    const item = sources.locator('#source-list > li');
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.first().textContent()).toMatch(/your source.*Press conference by NATO Secretary General/s);
    expect(await item.first().textContent()).toMatch(/27 sentences indexed/);
  });

  it('rechecks the page already open, without a reload', async () => {
    await expect.poll(async () => has((await highlightsOf(article)).verbatim, INDUSTRY), { timeout: 15_000 }).toBe(true);
  });

  it('matches the revisited page against the imported source, marked as the user’s own', async () => {
    await article.reload();
    await waitForScan(article, 2);
    const h = await highlightsOf(article);
    expect(has(h.verbatim, INDUSTRY)).toBe(true);
    expect(has(h.verbatim, PIPELINE)).toBe(true);
    const card = await hoverQuote(article, INDUSTRY);
    expect(card).toMatch(OWN_SOURCE_MARK);
    expect(card).toContain('Jens Stoltenberg');

    const popup = await session.openPopup(article);
    const row = popup.locator('#quote-list li', { hasText: 'Our industrial capacity' });
    await expect.poll(() => row.getAttribute('data-verdict')).toBe('verbatim');
    expect(await row.locator('.pq-source').textContent()).toMatch(/^Your source: Jens Stoltenberg, press conference, 12 October 2023$/);
    await row.locator('summary').click();
    await expect.poll(() => row.locator('.vb-result .vb-own').textContent()).toBe('Your source');
    await popup.click('#tab-search');
    await popup.fill('#search-text', 'industrial capacity security question');
    await popup.click('#search-form button');
    const hit = popup.locator('#search-results li.sr', { hasText: 'Our industrial capacity' }).first();
    expect(await hit.locator('.sr-meta').textContent()).toMatch(/^Your source Jens Stoltenberg/);
    await popup.close();

    const history = await session.context.newPage();
    await history.goto(`chrome-extension://${session.extensionId}/quote-history.html`);
    const record = history.locator('tr', { hasText: 'Our industrial capacity' }).first();
    await expect.poll(() => record.textContent(), { timeout: 10_000 }).toMatch(OWN_SOURCE_MARK);
    await history.close();
  });

  it('still matches after the service worker restarts (sources reloaded from storage)', async () => {
    await stopServiceWorkers(session, article);
    await article.reload();
    await waitForScan(article, 2);
    expect(has((await highlightsOf(article)).verbatim, INDUSTRY)).toBe(true);
  });

  it('prefills "add this page as a source" from an open tab', async () => {
    const body = readFileSync(TRANSCRIPT, 'utf8').split(/^---$/m)[1] ?? '';
    const paragraphs = body.trim().split(/\n\s*\n/).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    server.put('e2e/transcript-page.html', `<!doctype html><html><head><title>Synthetic transcript page</title>
      <meta property="article:published_time" content="2023-10-12T15:00:00Z"></head>
      <body><nav>Home | News</nav><main>${paragraphs.join('\n')}</main><footer>Footer links</footer></body></html>`);
    const tab = await session.context.newPage();
    await tab.goto(server.url('e2e/transcript-page.html'));
    await tab.waitForFunction(() => document.documentElement.dataset.verbatim === 'done');
    const tabId = await session.tabIdOf(tab);
    const popup = await session.openPopup(tab);
    await popup.locator('#add-source').waitFor();
    const [page] = await Promise.all([session.context.waitForEvent('page'), popup.click('#add-source')]);
    expect(page.url()).toBe(`chrome-extension://${session.extensionId}/sources.html?fromTab=${tabId}`);
    await popup.close();
    await expect.poll(() => page.inputValue('#f-title')).toBe('Synthetic transcript page');
    expect(await page.inputValue('#f-url')).toBe(server.url('e2e/transcript-page.html'));
    expect(await page.inputValue('#f-date')).toBe('2023-10-12');
    const text = await page.inputValue('#f-text');
    expect(text).toContain(INDUSTRY);
    expect(text).not.toContain('Footer links');
    await page.close();
    await tab.close();
  });

  it('edits a source’s details, with the same validation messages', async () => {
    await sources.reload();
    const item = sources.locator('#source-list > li').first();
    await item.getByRole('button', { name: 'Edit details' }).click();
    const date = item.locator('input[name="date"]');
    await date.fill('2023-13-12');
    await item.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => item.locator('[data-error-for="date"]').textContent()).toMatch(/not a real calendar date/i);
    await date.fill('2023-10-13');
    await item.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => sources.textContent('#list-status')).toMatch(/^Saved the details/);
    await expect.poll(() => sources.locator('#source-list > li').first().textContent()).toContain('2023-10-13');
  });

  it('exports the sources to a file and imports them back after a delete', async () => {
    await sources.reload();
    await expect.poll(() => sources.locator('#source-list > li').count()).toBe(1);
    const [download] = await Promise.all([sources.waitForEvent('download'), sources.click('#export-sources')]);
    expect(download.suggestedFilename()).toMatch(/^verbatim-sources-\d{4}-\d{2}-\d{2}\.json$/);
    const saved = await download.path();
    const file = JSON.parse(readFileSync(saved, 'utf8'));
    expect(file).toMatchObject({ format: 'verbatim-sources', version: 1, sources: [expect.objectContaining({ speaker: 'Jens Stoltenberg' })] });

    const item = sources.locator('#source-list > li').first();
    await item.getByRole('button', { name: 'Delete…' }).click();
    await item.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => sources.locator('#source-list > li').count()).toBe(0);

    await sources.setInputFiles('#import-file', saved);
    await expect.poll(() => sources.textContent('#list-status')).toMatch(/1 new source, 0 updated, 0 already here/);
    await expect.poll(() => sources.locator('#source-list > li').count()).toBe(1);
    await article.reload();
    await waitForScan(article, 2);
    expect(has((await highlightsOf(article)).verbatim, INDUSTRY)).toBe(true);
  });

  it('deleting the source (after confirming) makes the quotes not in corpus again', async () => {
    await sources.reload();
    const item = sources.locator('#source-list > li').first();
    await item.getByRole('button', { name: 'Delete…' }).click();
    await item.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => sources.locator('#source-list > li').count()).toBe(0);
    // The open page is checked again at once…
    await expect.poll(async () => has((await highlightsOf(article))['not-found'], INDUSTRY), { timeout: 15_000 }).toBe(true);
    // …and stays so on a reload.
    await article.reload();
    await waitForScan(article, 2);
    expect(has((await highlightsOf(article))['not-found'], INDUSTRY)).toBe(true);
  });

  it('made no network request outside 127.0.0.1', () => {
    expect(foreignRequests(session.requests)).toEqual([]);
  });
});
