import { recordFromDraft, type RecordDraft } from './draft';
import type { CapNote, HistoryFile, HistoryRecord } from './schema';

/**
 * Combining two records with the same id. A new visit counts as another sighting; an imported
 * copy of a record we already hold is the same sighting, so re-importing an export changes nothing.
 */
export type MergeMode = 'visit' | 'import';

export function mergeRecord(existing: HistoryRecord, incoming: HistoryRecord, mode: MergeMode): HistoryRecord {
  const newer = incoming.lastSeen >= existing.lastSeen ? incoming : existing;
  return {
    ...newer,
    id: existing.id,
    firstSeen: Math.min(existing.firstSeen, incoming.firstSeen),
    lastSeen: Math.max(existing.lastSeen, incoming.lastSeen),
    seenCount: mode === 'visit' ? existing.seenCount + incoming.seenCount : Math.max(existing.seenCount, incoming.seenCount),
  };
}

/** Newest first; ties broken by id so the order is deterministic. */
export function byNewest(a: HistoryRecord, b: HistoryRecord): number {
  return b.lastSeen - a.lastSeen || b.firstSeen - a.firstSeen || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface MergeResult {
  file: HistoryFile;
  added: number;
  updated: number;
  /** Records the cap removed in this write. */
  dropped: number;
}

/** Upsert records by id, keep newest first, then apply the cap (oldest dropped first). */
export function mergeInto(
  file: HistoryFile,
  incoming: readonly HistoryRecord[],
  mode: MergeMode,
  cap: number,
  now: number,
): MergeResult {
  const byId = new Map(file.records.map((r) => [r.id, r]));
  let added = 0;
  let updated = 0;
  for (const record of incoming) {
    const existing = byId.get(record.id);
    if (existing) updated++;
    else added++;
    byId.set(record.id, existing ? mergeRecord(existing, record, mode) : record);
  }
  const sorted = [...byId.values()].sort(byNewest);
  const { kept, dropped } = enforceCap(sorted, cap);
  const droppedByCap = dropped > 0 ? addToCapNote(file.droppedByCap, dropped, now) : file.droppedByCap;
  return { file: { ...file, records: kept, droppedByCap }, added, updated, dropped };
}

export function applyDrafts(file: HistoryFile, drafts: readonly RecordDraft[], cap: number, now: number): MergeResult {
  return mergeInto(file, drafts.map(recordFromDraft), 'visit', cap, now);
}

/** Records must already be newest first; the oldest beyond the cap go. */
export function enforceCap(sortedNewestFirst: HistoryRecord[], cap: number): { kept: HistoryRecord[]; dropped: number } {
  const limit = Math.max(0, Math.floor(cap));
  if (sortedNewestFirst.length <= limit) return { kept: sortedNewestFirst, dropped: 0 };
  return { kept: sortedNewestFirst.slice(0, limit), dropped: sortedNewestFirst.length - limit };
}

function addToCapNote(note: CapNote | null, dropped: number, now: number): CapNote {
  return { count: (note?.count ?? 0) + dropped, lastAt: now };
}
