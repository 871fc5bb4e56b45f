import { z } from 'zod';
import { recordId } from '../key';
import { byNewest, mergeRecord } from '../merge';
import { HISTORY_VERSION, type HistoryRecord, type HistorySource } from '../schema';

/**
 * Version 1 (Verbatim 0.0.x) stored a bare array of records. Each named its source in one
 * display string "Speaker · YYYY-MM-DD · Event · https://…", had no origin (imported sources
 * did not exist yet), no kind, no diff, and one timestamp. v1 did not dedupe, so the same
 * (page, quote) may appear several times.
 */
export const HistoryRecordV1 = z.object({
  url: z.string(),
  title: z.string(),
  quote: z.string().min(1),
  speaker: z.string().nullable(),
  verdict: z.enum(['verbatim', 'close', 'altered', 'not-found']),
  score: z.number().min(0).max(1),
  statementId: z.string().nullable(),
  source: z.string(),
  attribution: z.enum(['agrees', 'differs', 'unattributed']),
  checkedAt: z.string(),
});
export type HistoryRecordV1 = z.infer<typeof HistoryRecordV1>;

/** v2 stored value, loosely typed: records that were not valid v1 pass through for quarantine. */
export interface MigratedToV2 {
  version: 2;
  records: unknown[];
  droppedByCap: null;
}

export function migrateV1ToV2(value: unknown): MigratedToV2 {
  const items = Array.isArray(value) ? value : [value];
  const byId = new Map<string, HistoryRecord>();
  const unreadable: unknown[] = [];
  for (const item of items) {
    const v1 = HistoryRecordV1.safeParse(item);
    const record = v1.success ? recordFromV1(v1.data) : null;
    if (!record) {
      unreadable.push(item); // kept for the reader to quarantine, never dropped here
      continue;
    }
    const existing = byId.get(record.id);
    byId.set(record.id, existing ? mergeRecord(existing, record, 'visit') : record);
  }
  return { version: HISTORY_VERSION, records: [...[...byId.values()].sort(byNewest), ...unreadable], droppedByCap: null };
}

export function recordFromV1(v1: HistoryRecordV1): HistoryRecord | null {
  const at = Date.parse(v1.checkedAt);
  if (Number.isNaN(at) || at < 0) return null;
  const pageUrl = v1.url.trim() === '' ? null : v1.url;
  return {
    id: recordId(pageUrl, v1.quote),
    page: pageUrl ? { url: pageUrl, title: v1.title } : null,
    quote: v1.quote,
    claimedSpeaker: v1.speaker,
    kind: 'statement',
    verdict: v1.verdict,
    score: v1.score,
    flags: [],
    source: v1.statementId ? sourceFromV1(v1.statementId, v1.source) : null,
    attribution: v1.attribution,
    diff: null,
    foundBy: pageUrl ? 'page' : 'manual',
    firstSeen: at,
    lastSeen: at,
    seenCount: 1,
  };
}

/** Split the v1 display string; anything unrecognised stays readable as the event text. */
export function sourceFromV1(statementId: string, display: string): HistorySource {
  const parts = display.split(' · ').map((p) => p.trim());
  const [speaker, date, ...rest] = parts;
  const last = rest[rest.length - 1] ?? '';
  const hasUrl = /^https?:\/\//.test(last);
  if (parts.length >= 3 && speaker && date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const eventParts = hasUrl ? rest.slice(0, -1) : rest;
    return { statementId, speaker, date, event: eventParts.join(' · '), kind: '', url: hasUrl ? last : '', text: '', origin: 'bundled' };
  }
  return { statementId, speaker: '', date: '', event: display, kind: '', url: '', text: '', origin: 'bundled' };
}
