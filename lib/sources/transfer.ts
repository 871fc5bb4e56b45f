/**
 * Export and import of the user's sources as one JSON file. Each source is validated on its
 * own: a damaged entry is reported and skipped, the others still come in.
 */
import { z } from 'zod';
import { ImportedSource } from './record';

export const SOURCES_FILE_FORMAT = 'verbatim-sources';
export const SOURCES_FILE_VERSION = 1;

const SourcesFileShape = z.object({
  format: z.literal(SOURCES_FILE_FORMAT),
  version: z.literal(SOURCES_FILE_VERSION),
  exportedAt: z.string(),
  sources: z.array(z.unknown()),
});

export function exportSources(sources: readonly ImportedSource[], now: Date): string {
  const file = { format: SOURCES_FILE_FORMAT, version: SOURCES_FILE_VERSION, exportedAt: now.toISOString(), sources };
  return `${JSON.stringify(file, null, 1)}\n`;
}

export function exportFileName(now: Date): string {
  return `verbatim-sources-${now.toISOString().slice(0, 10)}.json`;
}

export interface Skipped {
  /** Position in the file (1-based) and the title when readable. */
  entry: number;
  title: string;
  reason: string;
}

export type ParsedSourcesFile = { ok: true; sources: ImportedSource[]; skipped: Skipped[] } | { ok: false; error: string };

function reasonOf(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'entry'}: ${i.message}`)
    .join('; ');
}

export function parseSourcesFile(text: string): ParsedSourcesFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'This file is not JSON. Choose a file saved with “Export sources”.' };
  }
  const shape = SourcesFileShape.safeParse(data);
  if (!shape.success) {
    const version = (data as { format?: unknown; version?: unknown } | null)?.format === SOURCES_FILE_FORMAT;
    return {
      ok: false,
      error: version
        ? 'This sources file comes from a newer or damaged version of Verbatim and cannot be read.'
        : 'This is not a Verbatim sources file. Choose a file saved with “Export sources”.',
    };
  }
  const sources: ImportedSource[] = [];
  const skipped: Skipped[] = [];
  shape.data.sources.forEach((raw, i) => {
    const parsed = ImportedSource.safeParse(raw);
    if (parsed.success) sources.push(parsed.data);
    else {
      const title = (raw as { title?: unknown } | null)?.title;
      skipped.push({ entry: i + 1, title: typeof title === 'string' ? title.slice(0, 200) : '', reason: reasonOf(parsed.error) });
    }
  });
  return { ok: true, sources, skipped };
}
