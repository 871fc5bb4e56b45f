/**
 * End to end: a real page scan (content script → background matcher → history store) makes
 * history records, one per (page, quote), statements only — and a revisit updates them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, startServer, waitForScan, type ExtensionSession, type StaticServer } from './harness';

const EXTENSION_DIR = process.env.VERBATIM_EXTENSION_DIR; // default: .output/chrome-mv3
const INDO_PACIFIC = 'What happens in the Indo-Pacific matters for Europe';
const INVENTED = 'We will keep every single option firmly on the table';

async function rowTexts(page: Page): Promise<{ verdict: string; text: string }[]> {
  return page.$$eval('tr[data-testid="history-row"]', (rows) =>
    rows.map((r) => ({ verdict: (r as HTMLElement).dataset.verdict ?? '', text: r.textContent ?? '' })),
  );
}

describe('history records from a real page scan', () => {
  let session: ExtensionSession;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension({ extensionDir: EXTENSION_DIR });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('records the quotes of a visited news page, not its scare-quoted terms; a revisit updates them', async () => {
    const article = await session.context.newPage();
    await article.goto(server.url('e2e/article.html'));
    await waitForScan(article, 5);
    const history = await session.context.newPage();
    await history.goto(`chrome-extension://${session.extensionId}/quote-history.html`);
    await history.waitForSelector('body[data-ready="true"]');
    await history.waitForFunction(
      (words) => [...document.querySelectorAll('tr[data-testid="history-row"]')].filter((r) => words.some((w) => r.textContent?.includes(w))).length === words.length,
      [INDO_PACIFIC, INVENTED],
      { timeout: 15_000 },
    );
    const rows = await rowTexts(history);
    expect(rows.find((r) => r.text.includes(INDO_PACIFIC))?.verdict).toBe('verbatim');
    expect(rows.find((r) => r.text.includes(INVENTED))?.verdict).toBe('not-found');
    expect(rows.some((r) => /“(determined|turning point)”/.test(r.text))).toBe(false);
    expect(rows.every((r) => r.text.includes('Allies pledge more support'))).toBe(true);

    await article.reload();
    await waitForScan(article, 5);
    await history.waitForTimeout(1_000);
    expect((await rowTexts(history)).length).toBe(rows.length);
  });
});
