/** Changes the page asks the background (the single writer) to make: delete, clear, import, export. */
import type { HistoryRecord } from '@/lib/history';
import { sendMessage } from '@/services/messaging';
import { $ } from '@/lib/ui/dom';
import { plural } from './dom';
import { exportRecords, importFile } from './transfer';

export function setStatus(message: string, isError = false): void {
  const status = $('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
  status.setAttribute('role', isError ? 'alert' : 'status');
}

export async function removeRecord(record: HistoryRecord): Promise<void> {
  try {
    const { deleted } = await sendMessage('historyDelete', { ids: [record.id] });
    setStatus(deleted ? 'Deleted 1 record.' : 'That record was already gone.');
  } catch (error) {
    setStatus(`Could not delete: ${String(error)}`, true);
  }
}

/** Clear all, behind a confirmation dialog that says how many records go. */
export function wireClear(count: () => number): void {
  const dialog = $<HTMLDialogElement>('confirm-clear');
  $('clear-all').addEventListener('click', () => {
    $('confirm-text').textContent = `This deletes all ${plural(count(), 'record')}. It cannot be undone; export first if you want a copy.`;
    dialog.showModal();
  });
  $('confirm-cancel').addEventListener('click', () => dialog.close());
  $('confirm-ok').addEventListener('click', async () => {
    dialog.close();
    try {
      const { cleared } = await sendMessage('historyClear', {});
      setStatus(`Deleted ${plural(cleared, 'record')}.`);
    } catch (error) {
      setStatus(`Could not clear the history: ${String(error)}`, true);
    }
  });
}

/** Export what the filters show; import a JSON export (validated here, merged by the background). */
export function wireTransfer(shown: () => readonly HistoryRecord[]): void {
  $('export-json').addEventListener('click', () => exportRecords(shown(), 'json'));
  $('export-csv').addEventListener('click', () => exportRecords(shown(), 'csv'));
  const input = $<HTMLInputElement>('import-file');
  $('import-json').addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus(`Importing “${file.name}”…`);
    const result = await importFile(file);
    setStatus(result.message, !result.ok);
  });
}
