import { z } from 'zod';
import { byNewest, mergeRecord } from './merge';
import { CapNote, emptyHistory, HistoryRecord, type HistoryFile } from './schema';

/** Something that could not be read, kept with the reason so it can be set aside and reported. */
export interface Rejected {
  reason: string;
  value: unknown;
}

/** First zod issue as one readable line: "records.3.score: Too big: expected number to be <=1". */
export function describeIssue(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * Read a stored or imported history value record by record: one bad record costs that record
 * (returned in `rejected`), never its neighbours. Duplicated ids are merged and order restored.
 */
export function validateHistoryValue(raw: unknown): { file: HistoryFile; rejected: Rejected[] } {
  if (raw == null) return { file: emptyHistory(), rejected: [] };
  if (typeof raw !== 'object' || !Array.isArray((raw as { records?: unknown }).records)) {
    return { file: emptyHistory(), rejected: [{ reason: 'stored history is not a history object with records', value: raw }] };
  }
  const { records: rawRecords, droppedByCap } = raw as { records: unknown[]; droppedByCap?: unknown };
  const { records, rejected } = validateRecords(rawRecords, 'records');
  const note = CapNote.nullable().safeParse(droppedByCap ?? null);
  if (!note.success) rejected.push({ reason: describeIssue(note.error, 'droppedByCap'), value: droppedByCap });
  return { file: { ...emptyHistory(), records, droppedByCap: note.success ? note.data : null }, rejected };
}

export function validateRecords(rawRecords: readonly unknown[], label: string): { records: HistoryRecord[]; rejected: Rejected[] } {
  const byId = new Map<string, HistoryRecord>();
  const rejected: Rejected[] = [];
  let sorted = true;
  let previous: HistoryRecord | undefined;
  rawRecords.forEach((value, index) => {
    const parsed = HistoryRecord.safeParse(value);
    if (!parsed.success) {
      rejected.push({ reason: describeIssue(parsed.error, `${label}.${index}`), value });
      return;
    }
    const record = parsed.data;
    const existing = byId.get(record.id);
    byId.set(record.id, existing ? mergeRecord(existing, record, 'import') : record);
    if (previous && byNewest(previous, record) > 0) sorted = false;
    previous = record;
  });
  const records = [...byId.values()];
  // Stored files are already newest first; only sort when something (an import, an edit) broke it.
  if (!sorted || byId.size !== rawRecords.length - rejected.length) records.sort(byNewest);
  return { records, rejected };
}
