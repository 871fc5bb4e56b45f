/** "Search sources": keyword search over the bundled statements (fuse.js, in the background). */
import { sendMessage } from '@/services/messaging';
import type { Statement } from '@/lib/corpus/schema';
import { formatDate, kindLabel, truncate } from '@/lib/ui/format';
import { isOwnSource, OWN_SOURCE_NOTE, OWN_SOURCE_TITLE } from '@/lib/sources/label';
import { el, safeHref, webLink } from '@/lib/ui/dom';

export function wireSearch(form: HTMLFormElement, box: HTMLInputElement, list: HTMLOListElement): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void runSearch(box.value, list);
  });
}

async function runSearch(keywords: string, list: HTMLOListElement): Promise<void> {
  if (!keywords.trim()) return;
  list.replaceChildren(el('li', 'muted', 'Searching…'));
  try {
    const { statements } = await sendMessage('searchCorpus', { keywords, limit: 15 });
    list.replaceChildren(...(statements.length ? statements.map(renderStatement) : [el('li', 'muted', 'No statement in the corpus uses these words.')]));
  } catch (error) {
    list.replaceChildren(el('li', 'error', `Search failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}

function renderStatement(statement: Statement): HTMLLIElement {
  const item = el('li', 'sr');
  const meta = el('div', 'sr-meta', `${statement.speaker} · ${kindLabel(statement.kind)} · ${formatDate(statement.date)}`);
  if (isOwnSource(statement)) {
    // Shown first: the user's own source must never read as part of the verified corpus.
    const flag = el('span', 'vb-flag vb-own', OWN_SOURCE_TITLE);
    flag.title = OWN_SOURCE_NOTE;
    meta.prepend(flag, ' ');
  }
  item.append(meta, el('p', 'sr-text', `“${truncate(statement.text, 280)}”`));
  const event = truncate(statement.event, 70);
  item.append(webLink(statement.url, safeHref(statement.url) ? `Open source: ${event}` : event, 'sr-link'));
  return item;
}
