/**
 * A quote's identity on a page (tab state, content script, popup): the same words credited to
 * the same speaker are one quote, matched once however often the page repeats it or rescans. Two independent 32-bit FNV-1a
 * hashes (different offsets) make accidental collisions negligible on one page.
 */
export function quoteKey(text: string, speaker: string | null): string {
  const input = `${speaker ?? ''}\u0000${text.replace(/\s+/g, ' ').trim()}`;
  return `q${fnv1a(input, 0x811c9dc5).toString(36)}${fnv1a(input, 0x050c5d1f).toString(36)}`;
}

function fnv1a(input: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
