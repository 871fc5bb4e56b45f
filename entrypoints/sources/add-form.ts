/** The "Add a source" form: file or pasted text, prefilled fields, validation, send. */
import { sendMessage } from '@/services/messaging';
import { validateSourceForm } from '@/lib/sources/form';
import { countWords, MAX_TEXT_WORDS } from '@/lib/sources/limits';
import { prefillFromText, type Prefill } from '@/lib/sources/header';
import { $ } from '@/lib/ui/dom';
import { errorText, setStatus } from './dom';
import { SourceFields } from './fields';
import { prefillFromFile } from './files';

export interface AddForm {
  /** Fill the form from a file or a page; returns the names of the fields filled. */
  prefill(prefill: Prefill, origin: string): string[];
}

function wordCountHint(text: string): string {
  if (!text.trim()) return '';
  const words = countWords(text);
  const over = words > MAX_TEXT_WORDS ? ` — over the ${MAX_TEXT_WORDS.toLocaleString('en-US')}-word limit` : '';
  return `${words.toLocaleString('en-US')} word${words === 1 ? '' : 's'}${over}`;
}

export function wireAddForm(onAdded: () => void): AddForm {
  const form = $<HTMLFormElement>('add-form');
  const fields = new SourceFields(form);
  const status = $('add-status');
  const fileStatus = $('file-status');
  const text = $<HTMLTextAreaElement>('f-text');
  let fileName: string | undefined;
  let countTimer: ReturnType<typeof setTimeout> | undefined;
  const updateCount = () => {
    clearTimeout(countTimer);
    countTimer = setTimeout(() => ($('text-count').textContent = wordCountHint(text.value)), 150);
  };
  text.addEventListener('input', updateCount);

  const prefill = (p: Prefill, origin: string): string[] => {
    const filled = fields.fill(p.fields);
    fields.fill({ text: p.text }, true);
    updateCount();
    fileStatus.textContent = filled.length ? `${origin}: filled ${filled.join(', ')} from it — check them before adding.` : `${origin}.`;
    return filled;
  };

  const readFile = async (file: File) => {
    const result = await prefillFromFile(file);
    if (!result.ok) {
      fileStatus.textContent = result.error;
      return;
    }
    fileName = file.name;
    const what = result.kind === 'html' ? 'web page, tags removed' : result.prefill.headerFound ? 'source-format header found' : 'plain text';
    prefill(result.prefill, `Read “${file.name}” (${what})`);
  };
  // Pasted text in the corpus source format: use its header for the fields, keep the body as text.
  text.addEventListener('paste', () =>
    setTimeout(() => {
      const pasted = prefillFromText(text.value);
      if (pasted.headerFound) prefill(pasted, 'The pasted text has a source-format header');
    }, 0),
  );
  const fileInput = $<HTMLInputElement>('f-file');
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void readFile(file);
  });
  // A file dropped on the form is read the same way as one chosen with the button.
  form.addEventListener('dragover', (event) => event.preventDefault());
  form.addEventListener('drop', (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void readFile(file);
  });

  form.addEventListener('reset', () => {
    fields.reset();
    fileName = undefined;
    fileStatus.textContent = '';
    $('text-count').textContent = '';
    setStatus(status, '');
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const checked = validateSourceForm(fields.values());
    if (!checked.ok) {
      fields.showErrors(checked.errors);
      setStatus(status, 'Not added yet: see the messages next to the fields.', 'error');
      return;
    }
    const button = $<HTMLButtonElement>('add-button');
    button.disabled = true;
    setStatus(status, 'Adding and indexing…');
    try {
      const result = await sendMessage('sourcesAdd', { form: checked.value, ...(fileName ? { fileName } : {}) });
      if (!result.ok) {
        fields.showErrors(result.errors);
        setStatus(status, 'Not added: see the messages next to the fields.', 'error');
        return;
      }
      form.reset();
      const n = result.source.statements;
      setStatus(status, `Added “${result.source.title}”: ${n} sentence${n === 1 ? '' : 's'} indexed. Matches against it are marked “your source”; open pages are being checked again.`, 'ok');
      onAdded();
    } catch (error) {
      // Nothing is lost: the form keeps everything the user entered.
      setStatus(status, `Not added: ${errorText(error)}. Your text is still in the form; try again.`, 'error');
    } finally {
      button.disabled = false;
    }
  });
  return { prefill };
}
