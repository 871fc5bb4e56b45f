/**
 * DOM-building helpers shared by the extension's pages (popup, history, sources). No extension
 * APIs, so they can be tested with happy-dom; text only ever goes in through textContent.
 */

/** The page's element with this id; a missing one is a bug in the page, so say which. */
export function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`Verbatim page: missing #${id}`);
  return node as T;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Only http(s) links are made clickable: a stored or imported url can never run script. */
export function safeHref(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A link opening in a new tab when the url is http(s); otherwise the same text, not clickable. */
export function webLink(url: string | undefined | null, text: string, className = ''): HTMLAnchorElement | HTMLSpanElement {
  const href = safeHref(url);
  if (!href) return el('span', className, text);
  const a = el('a', className, text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** Save text as a file: a Blob and an <a download>, all local (no request leaves the browser). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
