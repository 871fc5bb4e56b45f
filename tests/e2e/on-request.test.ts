import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlightsOf, launchExtension, setSettings, startServer, waitForScan, type ExtensionSession, type StaticServer } from './harness';

/** Settings → "scan on request": nothing is read until the user opens the popup on the page. */
describe('scan on request (real Chromium, built extension)', () => {
  let session: ExtensionSession;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
    await setSettings(session, { scanMode: 'on-request' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('waits, then scans when the popup is opened on the page', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('e2e/article.html'));
    await page.waitForFunction(() => document.documentElement.dataset.verbatim === 'waiting');
    expect(Object.values(await highlightsOf(page)).flat()).toEqual([]);
    const tabId = await session.tabIdOf(page);
    const popup = await session.openPopup(tabId);
    await waitForScan(page, 5);
    await popup.waitForSelector('#quote-list li');
    expect(await popup.isVisible('#scan-now')).toBe(true);
  });
});
