/**
 * Options page and damaged storage in real Chromium: settings are validated, saved and shown
 * again after a reload; damaged history records are kept aside, reported on the history page,
 * downloadable, and only discarded when the user says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchExtension, type ExtensionSession } from './harness';
import { seedDrafts, seedThroughMessages } from './history-seed';

const EXTENSION_DIR = process.env.VERBATIM_EXTENSION_DIR; // default: .output/chrome-mv3

type ChromeStorage = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> }; sync: { get(k: string): Promise<Record<string, unknown>> } } };

function inWorker<T>(sw: Worker, fn: (chrome: ChromeStorage) => Promise<T>): Promise<T> {
  return sw.evaluate(`(${fn.toString()})(chrome)`) as Promise<T>;
}

describe('options page and damaged storage (real Chromium)', () => {
  let session: ExtensionSession;
  let options: Page;

  beforeAll(async () => {
    session = await launchExtension({ extensionDir: EXTENSION_DIR });
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the defaults, refuses bad input with a message, saves good input', async () => {
    expect(await options.isChecked('input[name="scanMode"][value="auto"]')).toBe(true);
    expect(await options.inputValue('#historyCap')).toBe('10000');
    await options.fill('#disabledSites', 'bbc.co.uk\nnot a site!');
    await options.fill('#historyCap', '12');
    await options.click('button[type="submit"]');
    expect(await options.textContent('#sites-error')).toContain('“not a site!”');
    expect(await options.textContent('#cap-error')).toContain('from 100 to 100,000');
    expect(await options.textContent('#status')).toContain('Not saved');

    await options.fill('#disabledSites', 'https://www.bbc.co.uk/news/world\nexample.org');
    await options.fill('#historyCap', '5000');
    await options.check('input[name="scanMode"][value="on-request"]');
    await options.check('input[name="highlightStyle"][value="outline"]');
    await options.uncheck('#recordAutomaticScans');
    await options.click('button[type="submit"]');
    await options.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Saved'));
    const stored = await inWorker(await session.serviceWorker(), (c) => c.storage.sync.get('settings'));
    expect(stored.settings).toEqual({
      scanMode: 'on-request', disabledSites: ['bbc.co.uk', 'example.org'], recordAutomaticScans: false, historyCap: 5000, highlightStyle: 'outline',
    });
    await options.reload();
    await options.waitForSelector('body[data-ready="true"]');
    expect(await options.inputValue('#disabledSites')).toBe('bbc.co.uk\nexample.org');
    expect(await options.isChecked('input[name="highlightStyle"][value="outline"]')).toBe(true);
    expect(await options.isChecked('#recordAutomaticScans')).toBe(false);
  });

  it('keeps damaged history records aside, reports them, and discards them only on request', async () => {
    const history = await session.context.newPage();
    await history.goto(`chrome-extension://${session.extensionId}/quote-history.html`);
    await history.waitForSelector('body[data-ready="true"]');
    await seedThroughMessages(history, seedDrafts());
    // Damage one stored record behind the extension's back, as a disk error or a bad edit would
    // (new records sit in the journal until it is folded into the archive).
    await inWorker(await session.serviceWorker(), async (c) => {
      const { historyJournal: journal } = (await c.storage.local.get('historyJournal')) as { historyJournal: { records: Array<Record<string, unknown>> } };
      journal.records[2] = { ...journal.records[2], verdict: 'probably' };
      await c.storage.local.set({ historyJournal: journal });
    });
    // The history page shows what it cannot read and asks the background to set it aside.
    await history.reload();
    await history.waitForSelector('[data-testid="quarantine-note"]');
    expect(await history.textContent('[data-testid="quarantine-note"]')).toContain('1 stored item could not be read');
    expect(await history.textContent('[data-testid="quarantine-note"]')).toContain('verdict');
    expect(await history.locator('tr[data-testid="history-row"]').count()).toBe(seedDrafts().length - 1);

    const [download] = await Promise.all([history.waitForEvent('download'), history.click('[data-testid="quarantine-note"] button:has-text("Download them")')]);
    const kept = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Array<{ key: string; value: { verdict: string } }>;
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ key: 'local:historyJournal', value: { verdict: 'probably' } });

    await history.waitForFunction(async () => {
      const api = (globalThis as unknown as { chrome: ChromeStorage }).chrome;
      const { quarantine } = await api.storage.local.get('quarantine');
      return Array.isArray(quarantine) && quarantine.length === 1; // set aside by the background, not only shown
    });
    await history.click('[data-testid="quarantine-note"] button:has-text("Discard them")');
    await history.waitForSelector('[data-testid="quarantine-note"]', { state: 'detached' });
    const left = await history.evaluate(() => (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.local.get('quarantine'));
    expect(left.quarantine).toBeUndefined();
    await history.reload();
    await history.waitForSelector('body[data-ready="true"]');
    expect(await history.locator('[data-testid="quarantine-note"]').count()).toBe(0);
    expect(await history.locator('tr[data-testid="history-row"]').count()).toBe(seedDrafts().length - 1);
  });
});
