/** Small DOM helpers for the sources page: text only ever goes in through textContent. */

export const $ = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`sources page: missing #${id}`);
  return node as T;
};

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only http(s) links are clickable: a stored url can never run script. */
export function webLink(url: string, text: string): HTMLElement {
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    ok = false;
  }
  if (!ok) return el('span', '', text);
  const a = el('a', '', text);
  a.href = url;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

export function setStatus(node: HTMLElement, text: string, kind: 'ok' | 'error' | '' = ''): void {
  node.textContent = text;
  node.className = `status${kind ? ` ${kind}` : ''}`;
}

/** Save text as a file: a Blob and an <a download>, all local. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
