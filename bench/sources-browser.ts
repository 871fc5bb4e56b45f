/**
 * `npx tsx bench/sources-browser.ts [--json]` — the user's view of importing a 20,000-word
 * transcript, in real Chromium with the built extension (run `npm run build` first):
 *  - add: the sources page's `sourcesAdd` round trip (message + validation + pipeline +
 *    storage write + incremental index), median of REPEATS different transcripts;
 *  - delete: the `sourcesDelete` round trip (storage write + removeDocument);
 *  - cold start: a stopped worker answering its first `sourcesList` (bundled index + stored
 *    sources re-derived and added), with 0 and with 1 stored source — same run, interleaved.
 */
import type { Page } from 'playwright-core';
import { loadCorpusFile } from '../cli/corpus-file';
import { launchExtension, stopServiceWorkers } from '../tests/e2e/harness';
import { median, round } from './stats';
import { benchTranscript } from './sources-text';

const JSON_MODE = process.argv.includes('--json');
const REPEATS = 5;

/** Send one protocol message from the extension page and time the round trip. */
async function timedMessage(page: Page, name: string, payload: unknown): Promise<{ ms: number; value: unknown }> {
  return page.evaluate(
    async ({ name, payload }) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> } } }).chrome;
      const start = performance.now();
      const reply = await api.runtime.sendMessage({ verbatim: 1, name, payload });
      const ms = performance.now() - start;
      if (!reply?.ok) throw new Error(`${name}: ${reply?.error ?? 'no reply'}`);
      return { ms, value: reply.value };
    },
    { name, payload },
  );
}

function form(text: string, run: number) {
  return { title: `Benchmark transcript ${run}`, speaker: 'Jens Stoltenberg', date: '2023-10-12', kind: 'press-conference', place: '', url: 'https://example.org/bench', text };
}

async function coldList(page: Page, session: Awaited<ReturnType<typeof launchExtension>>): Promise<number> {
  await stopServiceWorkers(session, page);
  return (await timedMessage(page, 'sourcesList', {})).ms;
}

async function main(): Promise<void> {
  const bundled = loadCorpusFile().statements;
  const session = await launchExtension();
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/sources.html`);
    await timedMessage(page, 'sourcesList', {}); // warm: index built
    const add: number[] = [];
    const remove: number[] = [];
    let statements = 0;
    for (let run = 0; run < REPEATS; run++) {
      const added = await timedMessage(page, 'sourcesAdd', { form: form(benchTranscript(bundled, 1000 + run), run) });
      const value = added.value as { ok: boolean; source?: { docId: string; statements: number } };
      if (!value.ok || !value.source) throw new Error(`sourcesAdd refused: ${JSON.stringify(value)}`);
      statements = value.source.statements;
      add.push(added.ms);
      remove.push((await timedMessage(page, 'sourcesDelete', { docId: value.source.docId })).ms);
    }
    const coldEmpty: number[] = [];
    const coldOne: number[] = [];
    // Interleaved (without, with, without, …) so drift in machine load hits both alike.
    for (let run = 0; run < REPEATS; run++) {
      coldEmpty.push(await coldList(page, session));
      const added = (await timedMessage(page, 'sourcesAdd', { form: form(benchTranscript(bundled), 99) })).value as { source: { docId: string } };
      coldOne.push(await coldList(page, session));
      await timedMessage(page, 'sourcesDelete', { docId: added.source.docId });
    }
    const result = {
      statements,
      addMs: round(median(add), 1),
      deleteMs: round(median(remove), 1),
      coldStartNoSourcesMs: round(median(coldEmpty), 1),
      coldStartOneSourceMs: round(median(coldOne), 1),
      coldStartRatio: round(median(coldOne) / median(coldEmpty), 2),
    };
    if (JSON_MODE) return console.log(JSON.stringify(result));
    console.log(`Chromium, built extension; a ~20,000-word transcript (${statements} statements):`);
    console.log(`  add source (message → stored and indexed), median of ${REPEATS}   ${result.addMs} ms`);
    console.log(`  delete source, median of ${REPEATS}                               ${result.deleteMs} ms`);
    console.log(`  worker cold start to first answer, no sources (baseline)       ${result.coldStartNoSourcesMs} ms`);
    console.log(`  worker cold start to first answer, with this source            ${result.coldStartOneSourceMs} ms  (${result.coldStartRatio}× baseline)`);
  } finally {
    await session.close();
  }
}

await main();
