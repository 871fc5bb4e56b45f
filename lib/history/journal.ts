import { z } from 'zod';
import { recordFromDraft, type RecordDraft } from './draft';
import { mergeInto, mergeRecord } from './merge';
import { HISTORY_VERSION, HistoryRecord, type HistoryFile } from './schema';
import { describeIssue, validateRecords, type Rejected } from './validate';

/**
 * Log-structured history: a large, rarely rewritten archive (the HistoryFile) plus a small
 * journal of what changed since. Recording a page's quotes rewrites only the journal (KBs,
 * not the ~12 MB archive of 10,000 records); when the journal reaches JOURNAL_LIMIT entries it
 * is folded into the archive (compaction). What users see is always viewOf(archive, journal).
 */
export const JOURNAL_LIMIT = 500;

export const HistoryJournal = z.object({
  version: z.literal(HISTORY_VERSION),
  /** Revision of the archive this journal continues; a journal for another archive is not applied. */
  base: z.string(),
  /** Sightings since the archive was written, merged per record id. */
  records: z.array(HistoryRecord),
  /** Ids whose archived copy the user deleted since. */
  deleted: z.array(z.string().min(1)),
});
export type HistoryJournal = z.infer<typeof HistoryJournal>;

export function emptyJournal(base: string): HistoryJournal {
  return { version: HISTORY_VERSION, base, records: [], deleted: [] };
}

export function journalSize(journal: HistoryJournal): number {
  return journal.records.length + journal.deleted.length;
}

/** Add sightings: one record per id, counts and first/last seen merged as for the archive. */
export function appendDrafts(journal: HistoryJournal, drafts: readonly RecordDraft[]): HistoryJournal {
  const byId = new Map(journal.records.map((r) => [r.id, r]));
  for (const draft of drafts) {
    const record = recordFromDraft(draft);
    const existing = byId.get(record.id);
    byId.set(record.id, existing ? mergeRecord(existing, record, 'visit') : record);
  }
  return { ...journal, records: [...byId.values()] };
}

/** Delete records: their sightings leave the journal, their archived copies are hidden. */
export function markDeleted(journal: HistoryJournal, ids: readonly string[]): HistoryJournal {
  const gone = new Set(ids);
  const deleted = [...new Set([...journal.deleted, ...ids])];
  return { ...journal, records: journal.records.filter((r) => !gone.has(r.id)), deleted };
}

/**
 * The history as users see it, and as compaction stores it: the archive without deleted
 * records, the journal's sightings merged in, newest first, the cap applied (oldest dropped,
 * counted in droppedByCap). Deterministic: the same stored state always gives the same view.
 */
export function viewOf(archive: HistoryFile, journal: HistoryJournal | null, cap: number): { file: HistoryFile; dropped: number } {
  const deleted = new Set(journal?.deleted ?? []);
  const base = deleted.size > 0 ? { ...archive, records: archive.records.filter((r) => !deleted.has(r.id)) } : archive;
  const records = journal?.records ?? [];
  const lastAt = records.reduce((t, r) => Math.max(t, r.lastSeen), archive.droppedByCap?.lastAt ?? 0);
  const { file, dropped } = mergeInto(base, records, 'visit', cap, lastAt);
  return { file, dropped };
}

/** Read a stored journal record by record; null (and the value in `rejected`) when unusable. */
export function validateJournalValue(raw: unknown): { journal: HistoryJournal | null; rejected: Rejected[] } {
  if (raw == null) return { journal: null, rejected: [] };
  const shell = HistoryJournal.omit({ records: true }).extend({ records: z.array(z.unknown()) }).safeParse(raw);
  if (!shell.success) return { journal: null, rejected: [{ reason: `journal: ${describeIssue(shell.error)}`, value: raw }] };
  const { records, rejected } = validateRecords(shell.data.records, 'journal.records');
  return { journal: { ...shell.data, records }, rejected };
}
