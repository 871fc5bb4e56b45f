/**
 * Browser performance of the built extension in real Chromium (run `npm run build` first):
 *  - content script: time from DOMContentLoaded to the first highlight, and to the end of the scan;
 *  - main-thread cost: renderer TaskDuration with the extension minus the same page without it
 *    (baseline measured in the same run), and the longest task (PerformanceObserver 'longtask');
 *  - background: matching time per page; service-worker restart (state restore, index rebuild);
 *  - bundle sizes of content script, background and popup.
 * Medians over RUNS loads (default 5). Writes bench/results/browser.json.
 *
 *   npx tsx bench/browser.ts            RUNS=9 npx tsx bench/browser.ts
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { CHROMIUM, EXTENSION_DIR, launchExtension, sampleNames, sampleUrl, startServer, stopServiceWorkers, type ExtensionSession } from '../tests/e2e/harness';
import { Corpus } from '../lib/corpus/schema';
import { syntheticArticle } from './synthetic-article';

const ROOT = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.RUNS ?? 5);

interface Load {
  firstHighlightMs: number | null;
  scriptStartMs: number | null;
  quotesFoundMs: number | null;
  scanDoneMs: number | null;
  highlights: number;
  taskMs: number;
  longestTaskMs: number;
  /** Longest synchronous slice of our own content-script work (verbatim:slice measures; 0 when all under 5 ms). */
  longestSliceMs: number;
  longTasksOver50: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};
const round = (x: number | null) => (x === null || Number.isNaN(x) ? null : Math.round(x * 10) / 10);

/** Long tasks are observed from the very start of the document. */
const INIT = `window.__vbLong = []; try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__vbLong.push(e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}`;

async function measure(context: BrowserContext, url: string, withExtension: boolean): Promise<Load> {
  const page = await context.newPage();
  await page.addInitScript(INIT);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  if (withExtension) {
    await page.waitForFunction(() => ['done', 'off', 'error'].includes(document.documentElement.dataset.verbatim ?? ''), null, { timeout: 60_000 });
  }
  await page.waitForLoadState('load');
  await page.waitForTimeout(400); // let trailing work (drawing, idle callbacks) finish
  const { metrics } = await cdp.send('Performance.getMetrics');
  const taskMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
  const timings = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const dcl = nav?.domContentLoadedEventStart ?? 0;
    // (no helper functions in here: tsx would wrap them in a __name() the page does not have)
    const first = performance.getEntriesByName('verbatim:first-highlight')[0]?.startTime ?? null;
    const done = performance.getEntriesByName('verbatim:scan-done')[0]?.startTime ?? null;
    const started = performance.getEntriesByName('verbatim:start')[0]?.startTime ?? null;
    const foundAt = performance.getEntriesByName('verbatim:found')[0]?.startTime ?? null;
    const long = (window as unknown as { __vbLong: number[] }).__vbLong;
    const slices = performance.getEntriesByName('verbatim:slice').map((e) => e.duration);
    return {
      firstHighlightMs: first === null ? null : first - dcl,
      scriptStartMs: started === null ? null : started - dcl,
      quotesFoundMs: foundAt === null ? null : foundAt - dcl,
      scanDoneMs: done === null ? null : done - dcl,
      highlights: Number(document.documentElement.dataset.verbatimHighlights ?? 0),
      longestTaskMs: long.length ? Math.max(...long) : 0,
      longestSliceMs: slices.length ? Math.max(...slices) : 0,
      longTasksOver50: long.filter((d) => d > 50).length,
    };
  });
  await cdp.detach();
  await page.close();
  return { ...timings, taskMs };
}

function summarise(loads: Load[]) {
  const pick = (f: (l: Load) => number | null) => round(median(loads.map(f).filter((x): x is number => x !== null)));
  return {
    scriptStartMs: pick((l) => l.scriptStartMs),
    quotesFoundMs: pick((l) => l.quotesFoundMs),
    firstHighlightMs: pick((l) => l.firstHighlightMs),
    scanDoneMs: pick((l) => l.scanDoneMs),
    highlights: pick((l) => l.highlights),
    mainThreadTaskMs: pick((l) => l.taskMs),
    longestTaskMs: round(Math.max(...loads.map((l) => l.longestTaskMs))),
    medianLongestTaskMs: round(median(loads.map((l) => l.longestTaskMs))),
    longestContentScriptSliceMs: round(Math.max(...loads.map((l) => l.longestSliceMs))),
    longTasksOver50: Math.max(...loads.map((l) => l.longTasksOver50)),
  };
}

/** Via a popup page pointed at `tabId`: its first message also wakes a stopped worker. */
async function backgroundStats(session: ExtensionSession, tabId: number) {
  const popup = await session.openPopup(tabId);
  const result = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ value: unknown }> } } }).chrome;
    const t0 = performance.now();
    await api.runtime.sendMessage({ verbatim: 1, name: 'tabResults', payload: { tabId: Number(new URLSearchParams(location.search).get('tab')) } });
    const firstReplyMs = performance.now() - t0;
    const stats = (await api.runtime.sendMessage({ verbatim: 1, name: 'backgroundStats', payload: {} })).value;
    return { firstReplyMs, stats };
  });
  await popup.close();
  return result as { firstReplyMs: number; stats: { corpusParseMs: number; indexBuildMs: number; restoreMs: number; restoredTabs: number; statements: number; matching: { tabId: number; quotes: number; ms: number; extractMs: number }[] } };
}

function bundleSizes() {
  const dir = EXTENSION_DIR;
  const size = (rel: string) => {
    const buf = readFileSync(join(dir, rel));
    return { bytes: buf.length, gzip: gzipSync(buf).length };
  };
  const chunks = existsSync(join(dir, 'chunks')) ? readdirSync(join(dir, 'chunks')).map((f) => `chunks/${f}`) : [];
  const popupFiles = ['popup.html', ...chunks.filter((f) => /popup|messaging|storage|render|format/.test(f)), ...readdirSync(join(dir, 'assets')).filter((f) => f.startsWith('popup')).map((f) => `assets/${f}`)];
  const sum = (files: string[]) => files.map(size).reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip }), { bytes: 0, gzip: 0 });
  return { contentScript: size('content-scripts/quotes.js'), background: size('background.js'), popup: { ...sum(popupFiles), files: popupFiles } };
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Run `npm run build` first.');
  const server = await startServer();
  const corpus = Corpus.parse(JSON.parse(readFileSync(join(ROOT, 'corpus/generated/corpus.json'), 'utf8')));
  server.put('bench/synthetic.html', syntheticArticle(corpus.statements));
  const pages: [string, string][] = [
    ...sampleNames().map((name): [string, string] => [`samples/${name}`, sampleUrl(server, name)]),
    ['e2e/article.html', server.url('e2e/article.html')],
    ['synthetic 20k words / 200 quotes', server.url('bench/synthetic.html')],
  ];

  const session = await launchExtension();
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const plainContext = await plain.newContext();
  const warm = await session.context.newPage();
  await warm.goto(server.url('e2e/article.html'));
  await warm.waitForFunction(() => document.documentElement.dataset.verbatim === 'done', null, { timeout: 60_000 });
  const warmTab = await session.tabIdOf(warm); // before any worker stop: finding it needs the worker

  const results: Record<string, unknown> = {};
  for (const [name, url] of pages) {
    const withExt: Load[] = [];
    const without: Load[] = [];
    for (let i = 0; i < RUNS; i++) {
      withExt.push(await measure(session.context, url, true));
      without.push(await measure(plainContext, url, false));
    }
    const s = summarise(withExt);
    const baseTask = round(median(without.map((l) => l.taskMs)));
    const baseLongest = round(Math.max(...without.map((l) => l.longestTaskMs)));
    results[name] = { ...s, baselineTaskMs: baseTask, baselineLongestTaskMs: baseLongest, extensionTaskMs: round((s.mainThreadTaskMs ?? 0) - (baseTask ?? 0)), ratioVsBaseline: round((s.mainThreadTaskMs ?? 0) / (baseTask || 1)) };
    console.log(name.padEnd(36), JSON.stringify(results[name]));
  }

  // Background matching per page: one fresh load of each page, then the worker's per-tab figures.
  const matching: Record<string, unknown> = {};
  for (const [name, url] of pages) {
    const page = await session.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.verbatim === 'done', null, { timeout: 60_000 });
    const tabId = await session.tabIdOf(page);
    const { stats } = await backgroundStats(session, tabId);
    const t = stats.matching.find((m) => m.tabId === tabId);
    matching[name] = t ? { quotes: t.quotes, matchMs: round(t.ms), msPerQuote: round(t.ms / Math.max(1, t.quotes)), extractMs: round(t.extractMs) } : null;
    await page.close();
  }
  console.log('background matching per page', JSON.stringify(matching));

  // Service-worker restart: stop it, wake it with a popup message, read what the restart cost.
  const restarts: { firstReplyMs: number; restoreMs: number; corpusParseMs: number; indexBuildMs: number; restoredTabs: number }[] = [];
  for (let i = 0; i < RUNS; i++) {
    await stopServiceWorkers(session, warm);
    await warm.waitForTimeout(300);
    const { firstReplyMs, stats } = await backgroundStats(session, warmTab);
    await warm.waitForTimeout(1500); // the index is prewarmed right after state restore
    const after = await backgroundStats(session, warmTab);
    restarts.push({ firstReplyMs, restoreMs: stats.restoreMs, restoredTabs: stats.restoredTabs, corpusParseMs: after.stats.corpusParseMs, indexBuildMs: after.stats.indexBuildMs });
  }
  const restart = Object.fromEntries(Object.keys(restarts[0]!).map((k) => [k, round(median(restarts.map((r) => r[k as keyof typeof r])))]));
  console.log('service-worker restart (median)', JSON.stringify(restart));

  // First highlight on a page opened right after the worker was stopped (cold index).
  const cold: Load[] = [];
  for (let i = 0; i < Math.min(RUNS, 3); i++) {
    await stopServiceWorkers(session, warm);
    await warm.waitForTimeout(300);
    cold.push(await measure(session.context, server.url('e2e/article.html'), true));
  }
  const coldSummary = summarise(cold);
  console.log('cold worker, e2e/article.html', JSON.stringify(coldSummary));

  const bundles = bundleSizes();
  console.log('bundles', JSON.stringify({ contentScript: bundles.contentScript, background: bundles.background, popup: { bytes: bundles.popup.bytes, gzip: bundles.popup.gzip } }));

  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/browser.json'),
    JSON.stringify({ at: new Date().toISOString(), runs: RUNS, pages: results, matching, restart, coldWorker: coldSummary, bundles }, null, 2),
  );
  await plain.close();
  await session.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
