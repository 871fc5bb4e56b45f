// Per-article time (extract + match) on the example articles, and the extraction engineer's
// own numbers (bench/extract.ts → benchExtraction) when that module exists.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { extractQuotesFromHtml } from '../cli/html';
import { extractQuotesFromText } from '../lib/extract';
import type { Matcher } from '../lib/match';
import { median, round, timed } from './stats';

const EXAMPLES = new URL('../examples/', import.meta.url);

function articles(): Array<{ name: string; html: boolean; content: string }> {
  return readdirSync(EXAMPLES)
    .filter((n) => ['.txt', '.html', '.htm'].includes(extname(n)))
    .sort()
    .map((name) => ({ name, html: extname(name) !== '.txt', content: readFileSync(join(EXAMPLES.pathname, name), 'utf8') }));
}

export async function articleTimes(matcher: Matcher, log: (line: string) => void): Promise<void> {
  const times: number[] = [];
  let quotes = 0;
  for (const a of articles()) {
    const extract = () => (a.html ? extractQuotesFromHtml(a.content) : extractQuotesFromText(a.content));
    extract();
    const [found, ms] = timed(() => {
      const qs = extract();
      for (const q of qs) if (q.kind !== 'term') matcher.match(q.text, q.speaker);
      return qs.length;
    });
    quotes += found;
    times.push(ms);
  }
  log(`  per article (extract + match, ${times.length} example articles, ${quotes} quotes): median ${round(median(times), 2)} ms, max ${round(Math.max(...times), 2)} ms`);
}

interface ExtractModule {
  benchExtraction?: () => unknown;
}

export async function extractionNumbers(log: (line: string) => void): Promise<void> {
  let mod: ExtractModule;
  try {
    mod = (await import(/* @vite-ignore */ ['.', 'extract.ts'].join('/'))) as ExtractModule;
  } catch {
    log('  extraction benchmark: bench/extract.ts not present');
    return;
  }
  if (typeof mod.benchExtraction !== 'function') return;
  const numbers = await mod.benchExtraction();
  log(`  extraction benchmark: ${JSON.stringify(numbers)}`);
}
