// npm run eval:extract — statement precision/recall and speaker accuracy of quote extraction
// on the labelled fixtures (tests/fixtures/pages/*.txt vs tests/fixtures/extract/*.golden.json),
// per fixture and overall. Prints only; tests/unit/extract/quality.test.ts asserts the thresholds.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractQuotesFromText } from '../lib/extract/index';
import { Window } from 'happy-dom';
import { extractQuotesFromDom } from '../lib/extract/dom';
import { combineScores, kindAgreement, scoreStatements, scoreStatementsByText, type GoldenQuote, type Score } from '../lib/extract/score';
import type { ExtractedQuote } from '../lib/extract/types';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
export const GOLDEN_DIR = join(ROOT, 'tests/fixtures/extract');

export interface ExtractFixture {
  name: string;
  text: string;
  html: string | null;
  golden: GoldenQuote[];
  /** One of the five real sample pages, named 0NN-… (the thresholds apply to these); own fixtures are 1NN-…. */
  sample: boolean;
}

export function loadExtractFixtures(): ExtractFixture[] {
  return readdirSync(GOLDEN_DIR)
    .filter((f) => f.endsWith('.golden.json'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.golden\.json$/, '');
      const golden = JSON.parse(readFileSync(join(GOLDEN_DIR, f), 'utf8')) as { quotes: GoldenQuote[] };
      const text = readFileSync(join(PAGES_DIR, `${name}.txt`), 'utf8');
      let html: string | null = null;
      try {
        html = readFileSync(join(PAGES_DIR, `${name}.html`), 'utf8');
      } catch {
        html = null;
      }
      return { name, text, html, golden: golden.quotes, sample: /^0\d\d-/.test(name) };
    });
}

export interface FixtureResult {
  fixture: ExtractFixture;
  predicted: ExtractedQuote[];
  score: Score;
  kinds: { matched: number; sameKind: number };
}

export function evaluateTextFixtures(fixtures: ExtractFixture[] = loadExtractFixtures()): FixtureResult[] {
  return fixtures.map((fixture) => {
    const predicted = extractQuotesFromText(fixture.text);
    return { fixture, predicted, score: scoreStatements(predicted, fixture.golden), kinds: kindAgreement(predicted, fixture.golden) };
  });
}

/** The same fixtures through the DOM layer (happy-dom), for those with an HTML rendering. */
export function evaluateDomFixtures(fixtures: ExtractFixture[] = loadExtractFixtures()): FixtureResult[] {
  return fixtures
    .filter((f) => f.html !== null)
    .map((fixture) => {
      const window = new Window();
      const doc = new window.DOMParser().parseFromString(fixture.html!, 'text/html');
      // Scores need no Ranges, so the parsed document is used as is (see dom.test.ts for Ranges in happy-dom).
      const predicted = extractQuotesFromDom(doc.body as unknown as Node);
      window.close();
      return { fixture, predicted, score: scoreStatementsByText(predicted, fixture.golden), kinds: { matched: 0, sameKind: 0 } };
    });
}

const pct = (x: number) => `${(100 * x).toFixed(1).padStart(5)}%`;

function row(label: string, s: Score): string {
  return `${label.padEnd(40)} ${String(s.golden).padStart(4)} ${String(s.predicted).padStart(5)} ${String(s.matched).padStart(5)}   P ${pct(s.precision)}  R ${pct(s.recall)}  speaker ${pct(s.speakerAccuracy)}`;
}

function printDetails(s: Score): void {
  const cut = (t: string) => (t.length > 90 ? `${t.slice(0, 87)}…` : t);
  for (const m of s.misses) console.log(`    missed      ${cut(m.text)}`);
  for (const f of s.falsePositives) console.log(`    extra       ${cut(f.text)}`);
  for (const w of s.wrongSpeakers) console.log(`    speaker     ${w.predicted.speaker} ≠ ${w.golden.speaker}: ${cut(w.golden.text)}`);
}

function main(): void {
  const results = evaluateTextFixtures();
  console.log(`Statements (text extraction)${' '.repeat(13)} gold  pred match`);
  for (const r of results) {
    console.log(row(r.fixture.name, r.score));
    printDetails(r.score);
  }
  const samples = combineScores(results.filter((r) => r.fixture.sample).map((r) => r.score));
  const all = combineScores(results.map((r) => r.score));
  console.log('-'.repeat(110));
  console.log(row('SAMPLES (000–004) overall', samples));
  console.log(row('ALL fixtures overall', all));
  const kinds = results.reduce((a, r) => ({ matched: a.matched + r.kinds.matched, same: a.same + r.kinds.sameKind }), { matched: 0, same: 0 });
  console.log(`Kind agreement (all golden quotes found): ${kinds.same}/${kinds.matched} = ${pct(kinds.same / Math.max(1, kinds.matched))}`);
  console.log('');
  console.log(`Statements (DOM extraction of the HTML renderings, happy-dom)`);
  const dom = evaluateDomFixtures();
  for (const r of dom) {
    console.log(row(r.fixture.name, r.score));
    printDetails(r.score);
  }
  console.log(row('DOM overall', combineScores(dom.map((r) => r.score))));
  console.log('Targets on the samples: precision ≥ 95%, recall ≥ 95%, speaker accuracy ≥ 90%.');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
