import { EXPORT_FORMAT } from './export';
import { migrateHistoryValue } from './migrations';
import { HISTORY_VERSION, type HistoryRecord } from './schema';
import { validateRecords, type Rejected } from './validate';

export type ImportResult =
  | { ok: true; records: HistoryRecord[]; rejected: Rejected[]; fromVersion: number }
  | { ok: false; error: string };

/** Larger than any real export of a capped history (~20 MB at 10,000 records). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/**
 * Read a JSON export (any version we ever wrote), migrate it and validate each record.
 * Whole-file problems give one clear message; a bad record is reported and skipped, not fatal.
 */
export function parseHistoryExport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'This file is too large to be a Verbatim history export.' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `This file is not valid JSON (${detail}). Choose a file exported as JSON from this page.` };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This JSON file is not a Verbatim history export (it has no "format": "verbatim-history").' };
  }
  const { version, records } = json as { version?: unknown; records?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'This export has no valid version number.' };
  }
  if (version > HISTORY_VERSION) {
    return { ok: false, error: `This export was made by a newer Verbatim (history version ${version}); update the extension to import it.` };
  }
  if (!Array.isArray(records)) return { ok: false, error: 'This export has no list of records.' };
  const migrated = migrateHistoryValue(records, version) as { records?: unknown[] } | unknown[];
  const current = Array.isArray(migrated) ? migrated : (migrated.records ?? []);
  const { records: valid, rejected } = validateRecords(current, 'records');
  return { ok: true, records: valid, rejected, fromVersion: version };
}

/** "Imported 120 records; 2 were skipped: records.4.score: …" */
export function describeImport(result: Extract<ImportResult, { ok: true }>, added: number, updated: number): string {
  const parts = [`Imported ${result.records.length} record${result.records.length === 1 ? '' : 's'} (${added} new, ${updated} already here).`];
  if (result.rejected.length > 0) {
    const first = result.rejected.slice(0, 3).map((r) => r.reason).join('; ');
    parts.push(`${result.rejected.length} could not be read and were skipped: ${first}${result.rejected.length > 3 ? '; …' : ''}`);
  }
  return parts.join(' ');
}
