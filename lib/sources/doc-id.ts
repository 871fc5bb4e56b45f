/**
 * Document ids for imported sources: 'user-' + date + slug of the title + a short hash of
 * the text. Stable (the same text and metadata always give the same id, so a re-import is
 * recognised), never equal to a bundled id (those start with a date), and readable in
 * statement ids ("user-2023-07-11-press-conference-…-1f3a9c0b:0042").
 */
const MAX_SLUG = 48;

export const IMPORTED_ID_RE = /^user-[a-z0-9][a-z0-9-]{0,120}$/;

/** ASCII, lower-case, words joined by '-'. */
export function slugify(text: string, max = MAX_SLUG): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > max / 2 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** FNV-1a, 32 bits, over the text with its whitespace collapsed: line endings do not change it. */
export function textHash(text: string): string {
  const canonical = text.replace(/\s+/gu, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < canonical.length; i++) {
    hash ^= canonical.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function importedDocId(meta: { date: string; title: string }, text: string): string {
  const slug = slugify(meta.title) || 'source';
  return `user-${meta.date}-${slug}-${textHash(text)}`;
}

export function isImportedDocId(docId: string): boolean {
  return docId.startsWith('user-');
}
