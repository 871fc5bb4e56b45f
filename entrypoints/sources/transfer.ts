/** Export every source (with its text) to one JSON file, and import such a file. */
import { sendMessage } from '@/services/messaging';
import { exportFileName, exportSources, parseSourcesFile } from '@/lib/sources/transfer';
import { $, downloadText } from '@/lib/ui/dom';
import { errorText, setStatus } from './dom';
import { readAsText } from './files';
import type { ImportedSource } from '@/lib/sources/record';

async function exportAll(): Promise<void> {
  const status = $('list-status');
  try {
    const { sources } = await sendMessage('sourcesExport', {});
    if (!sources.length) return setStatus(status, 'There are no sources to export yet.');
    const now = new Date();
    downloadText(exportFileName(now), exportSources(sources, now), 'application/json');
    setStatus(status, `Exported ${sources.length} source${sources.length === 1 ? '' : 's'}.`, 'ok');
  } catch (error) {
    setStatus(status, `Export failed: ${errorText(error)}`, 'error');
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Batches small enough for one extension message (count and total text size). */
function batches(sources: readonly ImportedSource[], maxCount = 100, maxChars = 16_000_000): ImportedSource[][] {
  const out: ImportedSource[][] = [];
  let current: ImportedSource[] = [];
  let chars = 0;
  for (const source of sources) {
    if (current.length && (current.length >= maxCount || chars + source.text.length > maxChars)) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(source);
    chars += source.text.length;
  }
  if (current.length) out.push(current);
  return out;
}

async function sendAll(sources: readonly ImportedSource[]) {
  const total = { added: 0, updated: 0, unchanged: 0, failed: [] as string[] };
  for (const batch of batches(sources)) {
    const r = await sendMessage('sourcesImport', { sources: batch });
    total.added += r.added;
    total.updated += r.updated;
    total.unchanged += r.unchanged;
    total.failed.push(...r.failed);
  }
  return total;
}

async function importFile(file: File, onImported: () => void): Promise<void> {
  const status = $('list-status');
  const parsed = parseSourcesFile(await readAsText(file));
  if (!parsed.ok) return setStatus(status, `“${file.name}” was not imported. ${parsed.error}`, 'error');
  try {
    const result = await sendAll(parsed.sources);
    const problems = [
      ...parsed.skipped.map((s) => `entry ${s.entry}${s.title ? ` (“${s.title}”)` : ''}: ${s.reason}`),
      ...result.failed,
    ];
    const summary = `Imported “${file.name}”: ${plural(result.added, 'new source')}, ${result.updated} updated, ${result.unchanged} already here.`;
    const skipped = problems.length ? ` Skipped ${plural(problems.length, 'damaged entry')}: ${problems.join('; ')}` : '';
    setStatus(status, summary + skipped, problems.length ? 'error' : 'ok');
    onImported();
  } catch (error) {
    setStatus(status, `“${file.name}” was not imported: ${errorText(error)}`, 'error');
  }
}

export function wireTransfer(onImported: () => void): void {
  $('export-sources').addEventListener('click', () => void exportAll());
  const input = $<HTMLInputElement>('import-file');
  $('import-sources').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void importFile(file, onImported);
  });
}
