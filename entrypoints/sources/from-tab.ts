/**
 * "Add this page as a source": opened as sources.html?fromTab=<tab id> (popup link), the page
 * asks that tab's content script for its text and metadata. No extra permission is needed:
 * the content script already runs on http(s) pages, and nothing is fetched from the network.
 */
import { sendToTab } from '@/services/messaging';
import { $ } from '@/lib/ui/dom';
import { errorText } from './dom';
import type { AddForm } from './add-form';
import { withGuesses } from '@/lib/sources/guess';

export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('fromTab');
  const id = raw && /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) ? id : null;
}

export async function prefillFromTab(tabId: number, form: AddForm): Promise<void> {
  const note = $('from-tab');
  note.hidden = false;
  note.textContent = 'Reading the page…';
  try {
    const page = await sendToTab(tabId, 'pageText', {});
    const fields = { title: page.fields.title ?? page.title, url: page.fields.url ?? page.url, ...(page.fields.date ? { date: page.fields.date } : {}) };
    form.prefill(withGuesses({ fields, text: page.text, headerFound: false }), `Read the page “${page.title || page.url}”`);
    note.textContent = `Adding the page “${page.title || page.url}” as a source. Check the speaker, date and kind, and trim anything that is not the transcript.`;
  } catch (error) {
    note.className = 'note warn';
    note.textContent = `The page could not be read (${errorText(error)}). Reload it and try again, or paste its text below.`;
  }
}
