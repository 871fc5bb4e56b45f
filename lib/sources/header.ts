/**
 * Prefill the import form from a file in the corpus source format (`key: value` lines, a
 * `---` line, then the text). Lenient, unlike the corpus build: a header with a bad date
 * still fills the other fields, and the form's validation says what is wrong.
 */
import type { FieldName } from './form';

export interface Prefill {
  /** Field values found in the header (only those present). */
  fields: Partial<Record<Exclude<FieldName, 'text'>, string>>;
  /** The text to import: the body after `---`, or the whole content when there is no header. */
  text: string;
  /** Whether a corpus-format header was recognised. */
  headerFound: boolean;
}

const HEADER_LINE = /^([a-z_]+):[ \t]?(.*)$/;
const KNOWN_KEYS = new Set(['title', 'speaker', 'date', 'kind', 'place', 'url', 'official_url']);

function headerFields(lines: string[]): Map<string, string> | null {
  const fields = new Map<string, string>();
  for (const line of lines) {
    if (!line.trim()) continue;
    const m = HEADER_LINE.exec(line);
    if (!m) return null;
    const [, key = '', value = ''] = m;
    if (!fields.has(key)) fields.set(key, value.trim());
  }
  return [...fields.keys()].some((k) => KNOWN_KEYS.has(k)) ? fields : null;
}

/** Splits file content into form fields and text. Never throws. */
export function prefillFromText(content: string): Prefill {
  const text = content.replace(/^\uFEFF/, '');
  const sep = /^---[ \t]*$/m.exec(text);
  const fields = sep ? headerFields(text.slice(0, sep.index).split(/\r?\n/)) : null;
  if (!sep || !fields) return { fields: {}, text, headerFound: false };
  const out: Prefill['fields'] = {};
  for (const key of ['title', 'speaker', 'date', 'kind', 'place'] as const) {
    const value = fields.get(key);
    if (value) out[key] = value;
  }
  // The official page is the one a reader should be sent to, as in the bundled corpus.
  const url = fields.get('official_url') || fields.get('url');
  if (url) out.url = url;
  const body = text.slice(sep.index + sep[0].length).replace(/^\r?\n/, '');
  return { fields: out, text: body, headerFound: true };
}
