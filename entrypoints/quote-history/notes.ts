/** Notes above the table: what the cap removed, and what could not be read and was kept aside. */
import type { CapNote } from '@/lib/history';
import type { QuarantineEntry } from '@/services/storage';
import { $, downloadText, el } from '@/lib/ui/dom';
import { formatWhen, plural } from './dom';

export interface NoteActions {
  openOptions(): void;
  discardQuarantine(): Promise<void>;
}

export function renderNotes(cap: CapNote | null, historyCap: number, quarantine: readonly QuarantineEntry[], actions: NoteActions): void {
  const notes: HTMLElement[] = [];
  if (cap && cap.count > 0) notes.push(capNote(cap, historyCap, actions));
  if (quarantine.length > 0) notes.push(quarantineNote(quarantine, actions));
  $('notes').replaceChildren(...notes);
}

function capNote(cap: CapNote, historyCap: number, actions: NoteActions): HTMLElement {
  const note = el('p', 'note');
  note.dataset.testid = 'cap-note';
  note.append(
    `${plural(cap.count, 'older record')} ${cap.count === 1 ? 'was' : 'were'} removed to keep the history within its limit of ${historyCap.toLocaleString('en')} records (oldest first; last on ${formatWhen(cap.lastAt)}). `,
  );
  const link = el('a', '', 'Change the limit in Settings');
  link.href = '#';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    actions.openOptions();
  });
  note.append(link, '.');
  return note;
}

function quarantineNote(entries: readonly QuarantineEntry[], actions: NoteActions): HTMLElement {
  const note = el('div', 'note warn');
  note.dataset.testid = 'quarantine-note';
  note.append(
    el('span', '', `${plural(entries.length, 'stored item')} could not be read (damaged or from another version) and ${entries.length === 1 ? 'was' : 'were'} kept aside, not deleted. First reason: ${entries[0]?.reason ?? 'unknown'}. `),
  );
  const save = el('button', 'quiet', 'Download them');
  save.type = 'button';
  save.addEventListener('click', () => downloadText('verbatim-unreadable-items.json', JSON.stringify(entries, null, 1), 'application/json'));
  const discard = el('button', 'quiet', 'Discard them');
  discard.type = 'button';
  discard.addEventListener('click', () => void actions.discardQuarantine());
  note.append(save, ' ', discard);
  return note;
}
