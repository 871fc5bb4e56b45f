import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, startServer, type ExtensionSession, type StaticServer } from './harness';

describe('smoke: the built extension in real Chromium', () => {
  let session: ExtensionSession;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startServer();
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('loads the extension and its service worker', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('runs the content script on a page served from 127.0.0.1', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('e2e/plain.html'));
    await page.waitForFunction(() => document.documentElement.dataset.verbatim !== undefined, null, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.verbatim)).toBeTruthy();
  });
});
