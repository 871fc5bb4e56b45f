/** "Search sources": keyword search over the bundled statements (fuse.js, in the background). */
import { sendMessage } from '@/services/messaging';
import type { Statement } from '@/lib/corpus/schema';
import { formatDate, kindLabel, truncate } from '@/lib/ui/format';
import { safeUrl } from '@/lib/ui/render-match';
import { el } from './page-list';

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
  item.append(el('div', 'sr-meta', `${statement.speaker} · ${kindLabel(statement.kind)} · ${formatDate(statement.date)}`));
  item.append(el('p', 'sr-text', `“${truncate(statement.text, 280)}”`));
  const href = safeUrl(statement.url);
  if (href) {
    const link = el('a', '', `Open source: ${truncate(statement.event, 70)}`);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    item.append(link);
  }
  if (statement.origin === 'imported') item.append(el('span', 'muted', ' (imported source)'));
  return item;
}
