/** Export (JSON, CSV) of the records shown, and import of a JSON export through the background. */
import { describeImport, exportCsv, exportFileName, exportJson, parseHistoryExport, type HistoryRecord } from '@/lib/history';
import { sendMessage } from '@/services/messaging';
import { downloadText } from '@/lib/ui/dom';

export function exportRecords(records: readonly HistoryRecord[], kind: 'json' | 'csv'): void {
  if (kind === 'json') downloadText(exportFileName('json'), exportJson(records), 'application/json');
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (names with accents, curly quotes).
  else downloadText(exportFileName('csv'), `\uFEFF${exportCsv(records)}`, 'text/csv;charset=utf-8');
}

/** Returns the message to show; `ok` false for a file that could not be imported at all. */
export async function importFile(file: File): Promise<{ ok: boolean; message: string }> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: `Could not read “${file.name}”.` };
  }
  const parsed = parseHistoryExport(text);
  if (!parsed.ok) return { ok: false, message: `“${file.name}” was not imported. ${parsed.error}` };
  if (parsed.records.length === 0) {
    return { ok: parsed.rejected.length === 0, message: parsed.rejected.length ? describeImport(parsed, 0, 0) : `“${file.name}” has no records to import.` };
  }
  try {
    const { added, updated, dropped } = await sendMessage('historyImport', { records: parsed.records });
    const capped = dropped > 0 ? ` ${dropped} of the oldest records were removed to stay within the history limit.` : '';
    return { ok: true, message: describeImport(parsed, added, updated) + capped };
  } catch (error) {
    return { ok: false, message: `Import failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
