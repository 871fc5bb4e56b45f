/**
 * The history page at 10,000 records in real Chromium with the built extension (run
 * `npm run build` first, or set VERBATIM_EXTENSION_DIR): page load to first render, and for
 * each filter the time to filter and to filter + rebuild the table. Medians of RUNS edits
 * per filter; baseline = clearing all filters (showing the first page of rows), same run.
 *
 *   npx tsx bench/history-browser.ts          RECORDS=20000 npx tsx bench/history-browser.ts
 */
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/harness';
import { benchRecords } from './history-data';

const RECORDS = Number(process.env.RECORDS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 9);

type Edit = (page: Page) => Promise<void>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timedEdit(page: Page, edit: Edit): Promise<{ filter: number; update: number }> {
  await page.evaluate(() => delete document.body.dataset.updateMs);
  await edit(page);
  await page.waitForFunction(() => document.body.dataset.updateMs !== undefined);
  return page.evaluate(() => ({ filter: Number(document.body.dataset.filterMs), update: Number(document.body.dataset.updateMs) }));
}

/** Set a control's value and fire `change` (what the page listens to; no typing debounce). */
function setControl(selector: string, value: string | boolean): Edit {
  return (page) =>
    page.evaluate(
      ([sel, v]) => {
        const input = document.querySelector<HTMLInputElement>(sel as string)!;
        if (typeof v === 'boolean') input.checked = v;
        else input.value = v;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [selector, value] as const,
    );
}

async function recordOneByOne(page: Page, seed: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const [fresh] = benchRecords(1, seed + i);
    const { id: _id, firstSeen: _f, lastSeen: _l, seenCount: _s, ...draft } = fresh!;
    times.push(
      await page.evaluate(async (d) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
        const start = performance.now();
        await api.runtime.sendMessage({ verbatim: 1, name: 'historyRecord', payload: { drafts: [d], automatic: false } });
        return performance.now() - start;
      }, { ...draft, at: Date.now() }),
    );
  }
  return times;
}

/** `tabs` record messages sent at once (as many tabs finishing a scan together would). */
async function concurrentBurst(page: Page, tabs: number): Promise<{ lost: number; writes: number; ms: number; count: number }> {
  const drafts = benchRecords(tabs, 7).map(({ id: _i, firstSeen: _f, lastSeen: _l, seenCount: _s, ...d }) => ({ ...d, at: Date.now() + 60_000 }));
  return page.evaluate(async (all) => {
    type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { onChanged: { addListener(f: (c: Record<string, unknown>) => void): void }; local: { get(k: string[]): Promise<Record<string, { records: { quote: string }[] } | undefined>> } } };
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    let writes = 0;
    api.storage.onChanged.addListener((changes) => void ((changes.history || changes.historyJournal) && writes++));
    const start = performance.now();
    await Promise.all(all.map((d) => api.runtime.sendMessage({ verbatim: 1, name: 'historyRecord', payload: { drafts: [d], automatic: false } })));
    const ms = performance.now() - start;
    // Stored = the archive plus the journal of changes since (lib/history/journal.ts).
    const { history, historyJournal } = await api.storage.local.get(['history', 'historyJournal']);
    const quotes = new Set([...(history?.records ?? []), ...(historyJournal?.records ?? [])].map((r) => r.quote));
    return { lost: all.filter((d) => !quotes.has(d.quote)).length, writes, ms, count: quotes.size };
  }, drafts);
}

const reset: Edit = (page) => page.evaluate(() => (document.getElementById('filters') as HTMLFormElement).reset());

async function main(): Promise<void> {
  const session = await launchExtension({ extensionDir: process.env.VERBATIM_EXTENSION_DIR });
  try {
    // Seed and time the background's write path from a page that does not watch the history
    // (as while browsing: no history page open), then open the history page.
    const quiet = await session.context.newPage();
    await quiet.goto(`chrome-extension://${session.extensionId}/options.html`);
    await quiet.waitForSelector('body[data-ready="true"]');
    const reply = await quiet.evaluate(async (records) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome;
      return api.runtime.sendMessage({ verbatim: 1, name: 'historyImport', payload: { records } });
    }, benchRecords(RECORDS));
    console.log(`seeded: ${JSON.stringify(reply)}`);
    const writesQuiet = await recordOneByOne(quiet, 100);
    const burst = await concurrentBurst(quiet, 50);
    await quiet.close();
    const page = await session.context.newPage();
    const url = `chrome-extension://${session.extensionId}/quote-history.html`;
    // The history page open: it also receives and redraws every change.
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
    const writes = await recordOneByOne(page, 200);
    const loads: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(url);
      await page.waitForSelector('body[data-ready="true"]');
      loads.push(Number(await page.getAttribute('body', 'data-load-ms')));
    }
    await page.waitForTimeout(500); // the idle pre-build of search text
    const edits: Record<string, Edit[]> = {
      'no filters (baseline)': [reset],
      'verdict: altered': [reset, setControl('input[name="verdict"][value="altered"]', true)],
      'speaker: Antony J. Blinken': [reset, setControl('#f-speaker', 'Antony J. Blinken')],
      'attribution differs': [reset, setControl('#f-differs', true)],
      'search: "sanctions"': [reset, setControl('#f-text', 'sanctions')],
      'search: "eastern flank defence"': [reset, setControl('#f-text', 'eastern flank defence')],
      'search, no hit': [reset, setControl('#f-text', 'zanzibar')],
      'group by page (all records)': [reset, setControl('#f-group', true)],
    };
    const results: Array<{ name: string; filter: number; update: number }> = [];
    for (const [name, steps] of Object.entries(edits)) {
      const filter: number[] = [];
      const update: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        for (const step of steps.slice(0, -1)) await timedEdit(page, step);
        const t = await timedEdit(page, steps.at(-1)!);
        filter.push(t.filter);
        update.push(t.update);
      }
      results.push({ name, filter: median(filter), update: median(update) });
    }
    const base = results[0]!.update;
    console.log(`History page, ${RECORDS.toLocaleString('en')} records, Chromium, medians of ${RUNS}`);
    console.log(`page load to first render: ${median(loads)} ms (median of 3)`);
    console.log(`record one check into the full history, round trip: ${median(writesQuiet).toFixed(0)} ms (history page closed), ${median(writes).toFixed(0)} ms (history page open and redrawing), medians of ${RUNS}`);
    console.log(`50 concurrent record messages into the full history: ${burst.lost} lost, ${burst.writes} storage writes, all answered in ${burst.ms.toFixed(0)} ms, ${burst.count} distinct quotes stored (the view shows the newest ${RECORDS})`);
    for (const r of results) {
      console.log(`${r.name.padEnd(34)} filter ${r.filter.toFixed(1).padStart(6)} ms   filter+render ${r.update.toFixed(1).padStart(6)} ms  ×${(r.update / base).toFixed(2)}`);
    }
  } finally {
    await session.close();
  }
}

await main();
