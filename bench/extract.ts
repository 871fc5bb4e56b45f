// Benchmark of quote extraction: median of N runs for a 1 MB text page, the sample pages
// (text and, through happy-dom, HTML) and hostile input, with a baseline measured in the same
// run (a naive one-regex quote scan over the same 1 MB) so that numbers from a busy machine
// can still be compared. Run directly: npx tsx bench/extract.ts; bench/run.ts imports it.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { extractQuotesFromDom } from '../lib/extract/dom';
import { extractQuotesFromText } from '../lib/extract/index';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '..', 'tests/fixtures/pages');

export interface ExtractionBench {
  runs: number;
  /** Median wall-clock milliseconds. */
  textPage1MB: number;
  /** Median process CPU ms of the same runs, all threads incl. GC (less sensitive to other processes). */
  textPage1MBCpu: number;
  textPage1MBChars: number;
  textPage1MBQuotes: number;
  /** Naive regex scan of the same 1 MB page (the in-run baseline). */
  baselineRegex1MB: number;
  /** textPage1MB / baselineRegex1MB. */
  ratioToBaseline: number;
  samplesText: number;
  samplesHtmlDom: number;
  unmatchedMarks10k: number;
  page5MB: number;
  /** Median ms for the first 250 KB, 500 KB and 1 MB of the page: linear growth means ratios near 2. */
  scaling: { kb250: number; kb500: number; kb1000: number };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Median wall-clock ms; `cpu` also receives the median process CPU ms (robust on a shared, busy machine). */
function time(runs: number, work: () => unknown, cpu?: (ms: number) => void): number {
  work(); // warm-up
  const wall: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = cpuMs();
    const start = performance.now();
    work();
    wall.push(performance.now() - start);
    cpuTimes.push(cpuMs() - c);
  }
  cpu?.(median(cpuTimes));
  return median(wall);
}

function samplePages(ext: string): string[] {
  return readdirSync(PAGES)
    .filter((f) => /^0\d\d-/.test(f) && f.endsWith(ext))
    .sort()
    .map((f) => readFileSync(join(PAGES, f), 'utf8'));
}

/** A 1 MB news page built from the real sample texts (quote-dense: the realistic worst case). */
function onePage(texts: string[]): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < 1_000_000; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    length += t.length + 2;
  }
  return parts.join('\n\n').slice(0, 1_000_000);
}

export async function benchExtraction(runs = 15): Promise<ExtractionBench> {
  const texts = samplePages('.txt');
  const htmls = samplePages('.html');
  const page = onePage(texts);
  const baseline = time(runs, () => page.match(/[“"][^”"\n]*[”"]/g)?.length ?? 0);
  let textPage1MBCpu = 0;
  const textPage1MB = time(runs, () => extractQuotesFromText(page), (ms) => (textPage1MBCpu = ms));
  const window = new Window();
  const docs = htmls.map((h) => new window.DOMParser().parseFromString(h, 'text/html'));
  const result: ExtractionBench = {
    runs,
    textPage1MB,
    textPage1MBCpu,
    textPage1MBChars: page.length,
    textPage1MBQuotes: extractQuotesFromText(page).length,
    baselineRegex1MB: baseline,
    ratioToBaseline: textPage1MB / Math.max(baseline, 1e-6),
    samplesText: time(runs, () => texts.forEach((t) => extractQuotesFromText(t))),
    samplesHtmlDom: time(runs, () => docs.forEach((d) => extractQuotesFromDom(d.body as unknown as Node))),
    unmatchedMarks10k: time(runs, () => extractQuotesFromText('“'.repeat(5_000) + ' ”'.repeat(5_000))),
    page5MB: time(Math.min(runs, 5), () => extractQuotesFromText(page.repeat(5))),
    scaling: {
      kb250: time(runs, () => extractQuotesFromText(page.slice(0, 250_000))),
      kb500: time(runs, () => extractQuotesFromText(page.slice(0, 500_000))),
      kb1000: textPage1MB,
    },
  };
  window.close();
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await benchExtraction();
  const ms = (x: number) => `${x.toFixed(2)} ms`;
  console.log(`Quote extraction, median of ${r.runs} runs`);
  console.log(`  1 MB text page (${r.textPage1MBChars} chars, ${r.textPage1MBQuotes} quotes): ${ms(r.textPage1MB)} wall, ${ms(r.textPage1MBCpu)} process CPU incl. GC threads  (baseline regex scan ${ms(r.baselineRegex1MB)}, ratio ×${r.ratioToBaseline.toFixed(1)})`);
  console.log(`  5 samples, text:                  ${ms(r.samplesText)}`);
  console.log(`  5 samples, HTML via happy-dom:    ${ms(r.samplesHtmlDom)}`);
  console.log(`  10,000 unmatched quote marks:     ${ms(r.unmatchedMarks10k)}`);
  console.log(`  5 MB text page (capped):          ${ms(r.page5MB)}`);
  const { kb250, kb500, kb1000 } = r.scaling;
  console.log(`  scaling 250 KB → 500 KB → 1 MB:   ${ms(kb250)} → ${ms(kb500)} → ${ms(kb1000)} (×${(kb500 / kb250).toFixed(2)}, ×${(kb1000 / kb500).toFixed(2)}; the 2,000-quote cap is reached at ~0.87 MB)`);
}
