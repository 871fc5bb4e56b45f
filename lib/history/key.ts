/**
 * Identity of a history record: one record per (page, quote). Revisiting a page, or the
 * same article reached with tracking parameters or a #fragment, updates the same record.
 * Changing either normaliser changes record ids, so it needs a storage migration.
 */

/** Query parameters that only track the reader; they never change which article it is. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref|ref_src|cmpid|ocid|_ga)$/i;

export function normalisePageUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed.toLowerCase();
  }
  url.hash = '';
  const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : '';
  return `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}${path}${url.search}`;
}

/** Case, quote marks, dashes, whitespace and edge punctuation do not make a different quote. */
export function normaliseQuoteForKey(quote: string): string {
  return quote
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033"]/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .replace(/^[\s'.,;:!?-]+|[\s'.,;:!?-]+$/g, '');
}

/** Manual checks with no page share the pseudo-page 'manual'. */
export function recordKey(pageUrl: string | null, quote: string): string {
  const page = pageUrl ? normalisePageUrl(pageUrl) : 'manual';
  return `${page}\n${normaliseQuoteForKey(quote)}`;
}

/** Two independent 32-bit FNV-1a passes: a 64-bit id, short enough to store 10,000 times. */
export function hashKey(key: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(a) + hex(b);
}

export function recordId(pageUrl: string | null, quote: string): string {
  return hashKey(recordKey(pageUrl, quote));
}

/** The site a page belongs to, for the site filter: host without 'www.'. */
export function siteOf(pageUrl: string | null): string {
  if (!pageUrl) return 'manual';
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return 'unknown';
  }
}
