/** Sources-page helpers (the DOM-building ones are shared: lib/ui/dom.ts). */

export function setStatus(node: HTMLElement, text: string, kind: 'ok' | 'error' | '' = ''): void {
  node.textContent = text;
  node.className = `status${kind ? ` ${kind}` : ''}`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
