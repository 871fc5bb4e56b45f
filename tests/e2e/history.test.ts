/**
 * The match history page in real Chromium with the built extension: search, filters, grouping,
 * detail view, export, import, delete, clear, the cap note from the options page, and records
 * surviving closing and reopening the same browser profile. Records are seeded through the
 * history's own message path (history-seed.ts); history-scan.test.ts covers records made by a
 * real page scan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchExtension, stopServiceWorkers, type ExtensionSession } from './harness';
import { FOREIGN_MINISTERS, FOUNDATION, INDO_PACIFIC, INVENTED, seedDrafts, seedThroughMessages, ZELENSKYY } from './history-seed';
import { parseHistoryExport } from '../../lib/history/import';
import { parseCsv } from '../../lib/history/csv';
import { CSV_COLUMNS, exportJson } from '../../lib/history/export';
import { recordFromDraft } from '../../lib/history/draft';

const EXTENSION_DIR = process.env.VERBATIM_EXTENSION_DIR; // default: .output/chrome-mv3

interface Row {
  id: string;
  verdict: string;
  text: string;
}

async function rowsOf(page: Page): Promise<Row[]> {
  return page.$$eval('tr[data-testid="history-row"]', (rows) =>
    rows.map((r) => ({ id: (r as HTMLElement).dataset.id ?? '', verdict: (r as HTMLElement).dataset.verdict ?? '', text: r.textContent ?? '' })),
  );
}

async function waitForRows(page: Page, test: (rows: Row[]) => boolean, timeout = 15_000): Promise<Row[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await rowsOf(page);
    if (test(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`rows never matched; last: ${rows.map((r) => r.text.slice(0, 60)).join(' | ')}`);
    await page.waitForTimeout(150);
  }
}

describe('match history page (real Chromium, built extension)', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'verbatim-history-profile-'));
  const workDir = mkdtempSync(join(tmpdir(), 'verbatim-history-files-'));
  const drafts = seedDrafts();
  let session: ExtensionSession;
  let history: Page;
  let seeded: Row[] = [];

  const openHistory = async (): Promise<Page> => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/quote-history.html`);
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  };
  const row = (words: string) => seeded.find((r) => r.text.includes(words))!;

  beforeAll(async () => {
    session = await launchExtension({ extensionDir: EXTENSION_DIR, profileDir });
    history = await openHistory();
  });
  afterAll(async () => {
    await session?.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(workDir, { recursive: true, force: true });
  });

  it('shows an empty history, then records as they arrive, newest first', async () => {
    expect(await history.isVisible('#empty')).toBe(true);
    expect(await seedThroughMessages(history, drafts)).toEqual({ recorded: drafts.length, dropped: 0 });
    seeded = await waitForRows(history, (rows) => rows.length === drafts.length);
    expect(seeded[0]!.text).toContain('We are always ready'); // the newest
    expect(seeded.at(-1)!.text).toContain(INDO_PACIFIC); // the oldest
    expect(await history.isVisible('#show-more')).toBe(false); // all fit on the first page
    // The same quote seen again updates its record rather than adding one.
    await seedThroughMessages(history, [drafts[0]!]);
    await history.waitForTimeout(500);
    expect((await rowsOf(history)).length).toBe(drafts.length);
  });

  it('a restarted service worker keeps writing on top of what is stored', async () => {
    await stopServiceWorkers(session, history);
    const late = { ...drafts[3]!, quote: 'A quote recorded after the worker restarted', at: Date.now() };
    expect(await seedThroughMessages(history, [late])).toEqual({ recorded: 1, dropped: 0 });
    await waitForRows(history, (rows) => rows.length === drafts.length + 1);
    await history.locator('tr[data-testid="history-row"]', { hasText: late.quote }).locator('[data-testid="delete-record"]').click();
    await waitForRows(history, (rows) => rows.length === drafts.length);
  });

  it('search and each filter narrow the table', async () => {
    await history.fill('#f-text', 'indo-pacific EUROPE');
    await waitForRows(history, (rows) => rows.length === 1 && rows[0]!.text.includes(INDO_PACIFIC));
    await history.fill('#f-text', 'madrid summit declaration'); // source event
    await waitForRows(history, (rows) => rows.length === 1 && rows[0]!.text.includes(FOUNDATION));
    await history.fill('#f-text', '');
    await history.check('input[name="verdict"][value="not-found"]');
    await waitForRows(history, (rows) => rows.length === 1 && rows[0]!.text.includes(INVENTED));
    await history.check('input[name="verdict"][value="verbatim"]');
    await waitForRows(history, (rows) => rows.length === 4);
    await history.click('button[type="reset"]');
    await history.check('#f-differs');
    await waitForRows(history, (rows) => rows.length === 1 && rows[0]!.text.includes(FOUNDATION));
    await history.uncheck('#f-differs');
    await history.selectOption('#f-speaker', 'Antony J. Blinken');
    await waitForRows(history, (rows) => rows.length === 1 && rows[0]!.text.includes(ZELENSKYY));
    await history.selectOption('#f-speaker', '');
    await history.selectOption('#f-site', 'herald.example');
    await waitForRows(history, (rows) => rows.length === 1 && rows[0]!.text.includes(ZELENSKYY));
    await history.selectOption('#f-site', '');
    const today = new Date();
    const yesterday = new Date(today.getTime() - 86_400_000);
    const day = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await history.fill('#f-to', day(yesterday));
    await waitForRows(history, (rows) => rows.length === 0);
    expect(await history.textContent('#empty')).toBe('No records match these filters.');
    await history.fill('#f-from', day(today));
    await history.fill('#f-to', day(today));
    await waitForRows(history, (rows) => rows.length === drafts.length);
    await history.click('button[type="reset"]');
    await waitForRows(history, (rows) => rows.length === drafts.length);
    expect(Number(await history.getAttribute('body', 'data-filter-ms'))).toBeGreaterThanOrEqual(0);
  });

  it('groups by page', async () => {
    await history.check('#f-group');
    const groups = await history.$$eval('tr[data-testid="history-group"]', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(groups).toHaveLength(3);
    expect(groups.find((g) => g.includes('Allies pledge more support'))).toContain('4 quotes');
    expect(groups.some((g) => g.includes('Checked by hand'))).toBe(true);
    await history.uncheck('#f-group');
  });

  it('shows the detail: the quote, the word differences and the source link', async () => {
    await history.locator(`tr[data-id="${row(FOREIGN_MINISTERS).id}"] td.quote button`).click();
    const dialog = history.locator('dialog#detail');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.locator('.full-quote').textContent()).toBe(FOREIGN_MINISTERS);
    expect(await dialog.locator('.vb-badge').first().textContent()).toContain('Close');
    expect(await dialog.locator('.vb-diff del').allTextContents()).toContain('address');
    expect(await dialog.locator('.vb-diff ins').allTextContents()).toContain('discuss');
    expect(await dialog.locator('a.vb-event').getAttribute('href')).toBe('https://www.nato.int/cps/en/natohq/opinions_194325.htm');
    await dialog.locator('#detail-close').click();
    // The user's own source reads as theirs in the row and the detail, never as the verified corpus.
    const own = history.locator(`tr[data-id="${row('We are always ready').id}"]`);
    expect(await own.locator('td.source .flag').textContent()).toBe('Your source');
    await own.locator('td.quote button').click();
    expect(await dialog.locator('.vb-own').textContent()).toBe('Your source');
    expect(await dialog.textContent()).toContain('A source you imported — not part of the verified corpus');
    expect(await dialog.textContent()).not.toMatch(/official transcript|imported source/i);
    await dialog.locator('#detail-close').click();
  });

  it('links to the user’s sources page', async () => {
    const [sources] = await Promise.all([session.context.waitForEvent('page'), history.click('#open-sources')]);
    expect(sources.url()).toBe(`chrome-extension://${session.extensionId}/sources.html`);
    await sources.close();
  });

  it('exports JSON and CSV files that read back', async () => {
    const [json] = await Promise.all([history.waitForEvent('download'), history.click('#export-json')]);
    expect(json.suggestedFilename()).toMatch(/^verbatim-history-\d{4}-\d{2}-\d{2}\.json$/);
    const jsonText = readFileSync((await json.path())!, 'utf8');
    const parsed = parseHistoryExport(jsonText);
    expect(parsed.ok && parsed.records.map((r) => r.id).sort()).toEqual(seeded.map((r) => r.id).sort());
    writeFileSync(join(workDir, 'export.json'), jsonText);

    const [csv] = await Promise.all([history.waitForEvent('download'), history.click('#export-csv')]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const rows = parseCsv(readFileSync((await csv.path())!, 'utf8').replace(/^\uFEFF/, ''));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(drafts.length + 1);
    expect(rows.map((r) => r[CSV_COLUMNS.indexOf('quote')])).toContain(FOREIGN_MINISTERS);
  });

  it('deletes one record; re-importing the export restores it without duplicates', async () => {
    const target = row(INVENTED);
    await history.locator(`tr[data-id="${target.id}"] [data-testid="delete-record"]`).click();
    await waitForRows(history, (rows) => rows.length === drafts.length - 1 && !rows.some((r) => r.id === target.id));
    await history.setInputFiles('#import-file', join(workDir, 'export.json'));
    await waitForRows(history, (rows) => rows.length === drafts.length);
    await history.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Imported'));
    expect(await history.textContent('#status')).toContain(`(1 new, ${drafts.length - 1} already here)`);
  });

  it('explains why a file cannot be imported, and changes nothing', async () => {
    writeFileSync(join(workDir, 'notes.json'), '{"hello": "world"}');
    await history.setInputFiles('#import-file', join(workDir, 'notes.json'));
    await history.waitForFunction(() => document.getElementById('status')?.classList.contains('error'));
    expect(await history.textContent('#status')).toContain('is not a Verbatim history export');
    writeFileSync(join(workDir, 'broken.json'), '{"format": "verbatim-history", "version": 2, "records": [');
    await history.setInputFiles('#import-file', join(workDir, 'broken.json'));
    await history.waitForFunction(() => document.getElementById('status')?.textContent?.includes('not valid JSON'));
    expect((await rowsOf(history)).length).toBe(drafts.length);
  });

  it('keeps the records after the browser is closed and reopened', async () => {
    await session.close();
    session = await launchExtension({ extensionDir: EXTENSION_DIR, profileDir });
    history = await openHistory();
    const after = await waitForRows(history, (rows) => rows.length === drafts.length);
    expect(after.map((r) => r.id).sort()).toEqual(seeded.map((r) => r.id).sort());
  });

  it('clear all asks first, then empties the history', async () => {
    await history.click('#clear-all');
    expect(await history.textContent('#confirm-text')).toContain(`all ${drafts.length} records`);
    await history.click('#confirm-cancel');
    expect((await rowsOf(history)).length).toBe(drafts.length);
    await history.click('#clear-all');
    await history.click('#confirm-ok');
    await waitForRows(history, (rows) => rows.length === 0);
    expect(await history.isVisible('#empty')).toBe(true);
    expect(await history.isDisabled('#clear-all')).toBe(true);
  });

  it('keeps at most the limit set in the options page, and says so', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.waitForSelector('body[data-ready="true"]');
    await options.fill('#historyCap', '100');
    await options.click('button[type="submit"]');
    await options.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Saved'));

    const records = Array.from({ length: 150 }, (_, i) =>
      recordFromDraft({
        page: { url: `https://news.example/story-${i}`, title: `Story ${i}` }, quote: `Generated quote number ${i} for the cap test`,
        claimedSpeaker: null, kind: 'statement', verdict: 'not-found', score: 0.2, flags: [], source: null,
        attribution: 'unattributed', diff: null, foundBy: 'manual', at: 1_700_000_000_000 + i * 1000,
      }),
    );
    writeFileSync(join(workDir, 'many.json'), exportJson(records));
    await history.bringToFront();
    await history.setInputFiles('#import-file', join(workDir, 'many.json'));
    await history.waitForSelector('[data-testid="cap-note"]');
    await history.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Imported'));
    expect(await history.textContent('[data-testid="cap-note"]')).toMatch(/^50 older records were removed .* limit of 100 records/);
    expect(await history.textContent('#stats')).toMatch(/^100 records/);
    expect(await history.textContent('#status')).toContain('50 of the oldest records were removed');
    // The oldest went: the newest 100 stories (50–149) stay.
    const rows = await rowsOf(history);
    expect(rows.some((r) => r.text.includes('number 50 for'))).toBe(true);
    expect(rows.some((r) => r.text.includes('number 49 for'))).toBe(false);
  });
});
