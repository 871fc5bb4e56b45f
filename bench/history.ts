/**
 * `npx tsx bench/history.ts [--json]` — match-history performance at 10,000 records (the
 * default cap), pure lib/history functions in Node. Medians of repeated runs, each with its
 * ratio to a baseline measured in the same run: one plain Array.filter pass over the records
 * (the least any filter can cost). Also the stored size, which decides unlimitedStorage.
 */
import { appendDrafts, emptyJournal, JOURNAL_LIMIT, viewOf, applyDrafts, compileQuery, exportCsv, exportJson, facetsOf, filterRecords, groupByPage, parseHistoryExport, validateHistoryValue, type HistoryQuery } from '../lib/history';
import { HISTORY_VERSION, type HistoryFile } from '../lib/history/schema';
import { benchRecords } from './history-data';

const COUNT = Number(process.argv.find((a) => a.startsWith('--records='))?.slice(10) ?? 10_000);
const JSON_MODE = process.argv.includes('--json');
const CHROME_LOCAL_QUOTA = 10 * 1024 * 1024;

function medianMs(run: () => unknown, repeats: number): number {
  run(); // warm-up (JIT, caches a real page would also have after its first filter)
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const records = benchRecords(COUNT);
const file: HistoryFile = { version: HISTORY_VERSION, records, droppedByCap: null };
const stored = JSON.stringify(file);

const baseline = medianMs(() => records.filter((r) => r.verdict === 'altered'), 51);
const queries: Record<string, HistoryQuery> = {
  'verdict (altered)': { verdicts: ['altered'] },
  'speaker + site + differs': { speaker: 'Antony J. Blinken', site: 'news-site-7.example.com', attributionDiffers: true },
  'date range (one month)': { from: Date.parse('2025-03-01'), to: Date.parse('2025-03-31') },
  'search, 1 word': { text: 'sanctions' },
  'search, 3 words': { text: 'eastern flank defence' },
  'search + verdicts + speaker': { text: 'ukraine', verdicts: ['close', 'altered'], speaker: 'Jens Stoltenberg' },
  'search, no hit': { text: 'zanzibar' },
};

const rows: Array<{ name: string; ms: number; matched?: number }> = [];
// The first search ever builds each record's search text once (WeakMap); measured apart.
const cold = performance.now();
filterRecords(records, { text: 'cold-start' });
rows.push({ name: 'first search on page load (builds search text)', ms: performance.now() - cold });
for (const [name, query] of Object.entries(queries)) {
  rows.push({ name: `filter: ${name}`, ms: medianMs(() => filterRecords(records, query), 31), matched: records.filter(compileQuery(query)).length });
}
rows.push({ name: 'group by page (all)', ms: medianMs(() => groupByPage(records), 11) });
rows.push({ name: 'facets (speakers, sites)', ms: medianMs(() => facetsOf(records), 11) });
rows.push({ name: 'validate stored value (zod, per record)', ms: medianMs(() => validateHistoryValue(JSON.parse(stored)), 5) });
const oneVisit = [{ ...records[0]!, at: Date.now(), quote: 'a quote seen on a new page' }];
const fullJournal = appendDrafts(emptyJournal(''), benchRecords(JOURNAL_LIMIT - 1, 9).map(({ id: _i, firstSeen: _f, lastSeen: _l, seenCount: _s, ...d }) => ({ ...d, at: Date.now() })));
rows.push({ name: 'record 1 check: journal append (journal nearly full)', ms: medianMs(() => appendDrafts(fullJournal, oneVisit.map(({ id: _i, firstSeen: _f, lastSeen: _l, seenCount: _s, ...d }) => d)), 11) });
rows.push({ name: 'view: archive + nearly full journal, capped', ms: medianMs(() => viewOf(file, fullJournal, COUNT), 11) });
rows.push({ name: 'compaction merge (flat upsert + sort + cap)', ms: medianMs(() => applyDrafts(file, oneVisit.map(({ id: _i, firstSeen: _f, lastSeen: _l, seenCount: _s, ...d }) => d), COUNT, Date.now()), 11) });
rows.push({ name: 'export JSON', ms: medianMs(() => exportJson(records), 5) });
rows.push({ name: 'export CSV', ms: medianMs(() => exportCsv(records), 5) });
const exported = exportJson(records);
rows.push({ name: 'import JSON (parse + validate)', ms: medianMs(() => parseHistoryExport(exported), 5) });

const bytes = Buffer.byteLength(stored);
const journalBytes = Buffer.byteLength(JSON.stringify(fullJournal));
const size = { records: COUNT, storedMB: bytes / 1024 / 1024, bytesPerRecord: Math.round(bytes / COUNT), ofChromeLocalQuota: bytes / CHROME_LOCAL_QUOTA };

if (JSON_MODE) {
  console.log(JSON.stringify({ baselineMs: baseline, rows: rows.map((r) => ({ ...r, ratio: r.ms / baseline })), size }));
} else {
  console.log(`History bench — ${COUNT.toLocaleString('en')} records, Node ${process.version}, medians`);
  console.log(`baseline (one Array.filter pass on verdict): ${baseline.toFixed(3)} ms`);
  for (const r of rows) {
    const matched = r.matched === undefined ? '' : `  (${r.matched} match)`;
    console.log(`${r.name.padEnd(50)} ${r.ms.toFixed(2).padStart(8)} ms  ×${(r.ms / baseline).toFixed(1).padStart(7)}${matched}`);
  }
  console.log(`journal at its limit (${JOURNAL_LIMIT} records): ${(journalBytes / 1024).toFixed(0)} KB — what a recorded page rewrites`);
  console.log(`archive size: ${size.storedMB.toFixed(1)} MB (${size.bytesPerRecord} bytes/record) = ${(size.ofChromeLocalQuota * 100).toFixed(0)}% of chrome.storage.local's 10 MB quota without unlimitedStorage`);
}
