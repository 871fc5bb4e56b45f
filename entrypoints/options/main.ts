/**
 * Options page: the settings form, stored through the one validated storage module. A lower
 * history limit is applied at once by the background (the single writer of the history).
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { sendMessage } from '@/services/messaging';
import { readSettings, saveSettings } from '@/services/storage';
import { readHistory } from '@/services/history-view';
import { fillForm, readForm } from './form';
import { $ } from '@/lib/ui/dom';


function setStatus(text: string): void {
  $('status').textContent = text;
}

async function save(): Promise<void> {
  const settings = readForm();
  if (!settings) {
    setStatus('Not saved: please correct the highlighted field.');
    return;
  }
  const before = (await readSettings()).settings;
  await saveSettings(settings);
  let note = '';
  if (settings.historyCap < before.historyCap) {
    const { dropped } = await sendMessage('historyApplyCap', {});
    if (dropped > 0) note = ` ${dropped.toLocaleString('en')} of the oldest history records were removed to fit the new limit.`;
  }
  setStatus(`Saved.${note}`);
}

/** Warn before a lower limit deletes records. */
async function confirmCap(): Promise<boolean> {
  const settings = readForm();
  if (!settings) return true;
  const { file } = await readHistory();
  const excess = file.records.length - settings.historyCap;
  return excess <= 0 || window.confirm(`The history holds ${file.records.length.toLocaleString('en')} records. Saving removes the ${excess.toLocaleString('en')} oldest. Continue?`);
}

async function main(): Promise<void> {
  fillForm((await readSettings()).settings);
  $<HTMLFormElement>('settings').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!(await confirmCap())) return setStatus('Not saved.');
    await save().catch((error: unknown) => setStatus(`Could not save: ${String(error)}`));
  });
  $('restore-defaults').addEventListener('click', () => {
    fillForm(DEFAULT_SETTINGS);
    setStatus('Defaults restored in the form; press Save to keep them.');
  });
  $('open-history').addEventListener('click', (event) => {
    event.preventDefault();
    const getURL = browser.runtime.getURL as (path: string) => string;
    void browser.tabs.create({ url: getURL('/quote-history.html') });
  });
  document.body.dataset.ready = 'true';
}

main().catch((error: unknown) => setStatus(`Settings could not be loaded: ${String(error)}`));
