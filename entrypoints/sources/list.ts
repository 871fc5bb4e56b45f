/** The list of the user's sources: details, edit, delete (with an inline confirmation). */
import { sendMessage } from '@/services/messaging';
import type { SourceSummary } from '@/lib/sources/record';
import { OWN_SOURCE_LABEL, OWN_SOURCE_NOTE } from '@/lib/sources/label';
import { $, el, webLink } from '@/lib/ui/dom';
import { errorText, setStatus } from './dom';
import { editForm } from './edit-form';

function describe(s: SourceSummary): string {
  return [s.speaker, s.date, s.kind, s.place].filter(Boolean).join(' · ');
}

function counts(s: SourceSummary): string {
  const added = new Date(s.addedAt).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
  const from = s.fileName ? ` from ${s.fileName}` : '';
  return `${s.words.toLocaleString('en-US')} words · ${s.statements} sentences indexed · added ${added}${from}`;
}

function confirmDelete(item: HTMLElement, source: SourceSummary, refresh: () => void): void {
  const row = item.querySelector<HTMLElement>('.row-buttons')!;
  const question = el('span', 'confirm', `Delete “${source.title}”? Quotes matched to it will no longer be found in it.`);
  const yes = el('button', 'danger', 'Delete');
  const no = el('button', 'quiet', 'Keep');
  const previous = [...row.childNodes];
  row.replaceChildren(question, yes, no);
  no.addEventListener('click', () => row.replaceChildren(...previous));
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    try {
      await sendMessage('sourcesDelete', { docId: source.docId });
      setStatus($('list-status'), `Deleted “${source.title}”.`, 'ok');
      refresh();
    } catch (error) {
      setStatus($('list-status'), `Not deleted: ${errorText(error)}`, 'error');
      row.replaceChildren(...previous);
    }
  });
}

function sourceItem(source: SourceSummary, refresh: () => void): HTMLLIElement {
  const item = el('li');
  item.dataset.docId = source.docId;
  const head = el('div');
  const badge = el('span', 'badge', OWN_SOURCE_LABEL);
  badge.title = OWN_SOURCE_NOTE;
  head.append(badge, webLink(source.url, source.title));
  head.lastElementChild?.classList.add('title');
  const row = el('div', 'row-buttons');
  const edit = el('button', '', 'Edit details');
  const remove = el('button', 'danger', 'Delete…');
  row.append(edit, remove);
  item.append(head, el('p', 'meta', describe(source)), el('p', 'meta', counts(source)), row);
  edit.addEventListener('click', () => {
    const form = editForm(source, (saved) => {
      form.remove();
      row.hidden = false;
      if (saved) {
        setStatus($('list-status'), `Saved the details of “${source.title}”.`, 'ok');
        refresh();
      }
    });
    row.hidden = true;
    item.append(form);
    form.querySelector('input')?.focus();
  });
  remove.addEventListener('click', () => confirmDelete(item, source, refresh));
  return item;
}

export async function renderList(): Promise<void> {
  const refresh = () => void renderList();
  try {
    const { sources, problems } = await sendMessage('sourcesList', {});
    const sorted = [...sources].sort((a, b) => b.addedAt - a.addedAt);
    $('source-list').replaceChildren(...sorted.map((s) => sourceItem(s, refresh)));
    $('empty').hidden = sources.length > 0;
    $('list-heading').textContent = sources.length ? `Your sources (${sources.length})` : 'Your sources';
    $('problems').replaceChildren(...problems.map((p) => el('p', 'note warn', p)));
  } catch (error) {
    setStatus($('list-status'), `Your sources could not be loaded: ${errorText(error)}`, 'error');
  }
}
