import { z } from 'zod';
import { IsoDate } from './schema';

/**
 * A source file is a header of `key: value` lines, a line `---`, then the text exactly as
 * published. The same format serves bundled sources and transcripts a user imports.
 */
export const SourceHeader = z.object({
  title: z.string().trim().min(1, 'title is empty'),
  /** One or more names separated by ';' (joint events). */
  speaker: z.string().trim().min(1, 'speaker is empty'),
  date: IsoDate,
  kind: z.string().trim().min(1, 'kind is empty'),
  place: z.string().trim().default(''),
  url: z.string().trim().url('url is not a valid URL'),
  official_url: z.string().trim().url('official_url is not a valid URL').optional(),
  found_at: z.string().optional(),
  note: z.string().optional(),
  truncated: z.enum(['true', 'false']).optional(),
});
export type SourceHeader = z.infer<typeof SourceHeader>;

export interface SourceDocument {
  /** File name without `.txt`; prefix of every statement id. */
  docId: string;
  header: SourceHeader;
  /** Names from the header's `speaker` line, in order. */
  speakers: string[];
  body: string;
}

export class SourceError extends Error {
  constructor(
    readonly source: string,
    message: string,
  ) {
    super(`${source}: ${message}`);
    this.name = 'SourceError';
  }
}

const SEPARATOR = /^---[ \t]*$/m;

/** The document id of a source file name: the base name without `.txt`. */
export function docIdFromName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  return base.replace(/\.txt$/i, '');
}

function readHeaderLines(name: string, text: string): Record<string, string> {
  const fields: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const m = /^([a-z_]+):[ \t]?(.*)$/.exec(line);
    if (!m) throw new SourceError(name, `header line ${i + 1} is not "key: value": ${JSON.stringify(line)}`);
    const [, key = '', value = ''] = m;
    if (key in fields) throw new SourceError(name, `header key "${key}" appears twice`);
    fields[key] = value;
  });
  return fields;
}

/** Splits a source into its validated header and its body; throws SourceError with a readable reason. */
export function parseSource(name: string, content: string): SourceDocument {
  const text = content.replace(/^\uFEFF/, '');
  const sep = SEPARATOR.exec(text);
  if (!sep) throw new SourceError(name, 'no "---" line separating the header from the text');
  const fields = readHeaderLines(name, text.slice(0, sep.index));
  const parsed = SourceHeader.safeParse(fields);
  if (!parsed.success) {
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || 'header'}: ${i.message}`).join('; ');
    throw new SourceError(name, `invalid header (${why})`);
  }
  const body = text.slice(sep.index + sep[0].length).replace(/^\r?\n/, '');
  if (!body.trim()) throw new SourceError(name, 'the text after "---" is empty');
  const speakers = parsed.data.speaker.split(';').map((s) => s.trim()).filter(Boolean);
  return { docId: docIdFromName(name), header: parsed.data, speakers, body };
}
