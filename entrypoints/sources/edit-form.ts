/** Inline editor for a source's metadata (the text itself is not edited: delete and re-add). */
import { sendMessage } from '@/services/messaging';
import { validateMetadata, type FieldName } from '@/lib/sources/form';
import type { SourceSummary } from '@/lib/sources/record';
import { el } from '@/lib/ui/dom';
import { errorText, setStatus } from './dom';
import { SourceFields } from './fields';

const EDITABLE: { name: Exclude<FieldName, 'text'>; label: string; wide?: boolean }[] = [
  { name: 'title', label: 'Event title', wide: true },
  { name: 'speaker', label: 'Speaker' },
  { name: 'date', label: 'Date (YYYY-MM-DD)' },
  { name: 'kind', label: 'Kind' },
  { name: 'place', label: 'Place (optional)' },
  { name: 'url', label: 'Link to the official transcript', wide: true },
];

function field(docId: string, name: FieldName, label: string, value: string, wide: boolean): HTMLElement {
  const box = el('div', wide ? 'field wide' : 'field');
  const id = `edit-${docId}-${name}`;
  const labelNode = el('label', '', label);
  labelNode.htmlFor = id;
  const input = el('input');
  input.id = id;
  input.name = name;
  input.type = 'text';
  input.autocomplete = 'off';
  input.value = value;
  if (name === 'kind') input.setAttribute('list', 'kinds');
  const error = el('p', 'error');
  error.dataset.errorFor = name;
  error.setAttribute('aria-live', 'polite');
  box.append(labelNode, input, error);
  return box;
}

/** Builds the editor; `done` is called with true after a successful save, false on cancel. */
export function editForm(source: SourceSummary, done: (saved: boolean) => void): HTMLFormElement {
  const form = el('form', 'edit-form');
  form.noValidate = true;
  for (const f of EDITABLE) form.append(field(source.docId, f.name, f.label, source[f.name], !!f.wide));
  const buttons = el('div', 'buttons');
  const save = el('button', 'primary', 'Save details');
  save.type = 'submit';
  const cancel = el('button', 'quiet', 'Cancel');
  cancel.type = 'button';
  const status = el('span', 'status');
  buttons.append(save, cancel, status);
  form.append(buttons);
  const fields = new SourceFields(form, EDITABLE.map((f) => f.name));
  cancel.addEventListener('click', () => done(false));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = validateMetadata(fields.values());
    if (!checked.ok) return fields.showErrors(checked.errors);
    save.disabled = true;
    try {
      const result = await sendMessage('sourcesUpdate', { docId: source.docId, metadata: checked.value });
      if (result.ok) return done(true);
      fields.showErrors(result.errors);
    } catch (error) {
      setStatus(status, `Not saved: ${errorText(error)}`, 'error');
    } finally {
      save.disabled = false;
    }
  });
  return form;
}
