import { z } from 'zod';

/**
 * The match-history record, version 2 (see migrations/ for how v1 values become v2).
 * Pure zod: the background store, the history page, import and export all validate with it.
 * Bump HISTORY_VERSION together with a new migrations/vN-to-vN+1.ts and a fixture.
 */
export const HISTORY_VERSION = 2;

/** Upper bounds keep one runaway page from filling the store; far above real quotes. */
export const MAX_QUOTE_CHARS = 5_000;
export const MAX_TITLE_CHARS = 500;

export const HistoryVerdict = z.enum(['verbatim', 'close', 'altered', 'not-found']);
export type HistoryVerdict = z.infer<typeof HistoryVerdict>;
export const HistoryAttribution = z.enum(['agrees', 'differs', 'unattributed']);
export type HistoryAttribution = z.infer<typeof HistoryAttribution>;
/** How the quote reached the checker: a page scan, the popup's paste box, or the context menu. */
export const FoundBy = z.enum(['page', 'manual', 'context-menu']);
export type FoundBy = z.infer<typeof FoundBy>;
/** Terms (scare quotes) are never recorded; only statements and fragments of them. */
export const RecordedKind = z.enum(['statement', 'fragment']);
export type RecordedKind = z.infer<typeof RecordedKind>;

export const HistoryDiffOp = z.object({
  op: z.enum(['same', 'added', 'dropped', 'changed']),
  quote: z.string(),
  source: z.string(),
});
export type HistoryDiffOp = z.infer<typeof HistoryDiffOp>;

/** The closest statement the matcher found (for not-found: the nearest candidate). */
export const HistorySource = z.object({
  statementId: z.string().min(1),
  speaker: z.string(),
  /** YYYY-MM-DD, or '' when a migrated v1 record could not tell. */
  date: z.string(),
  event: z.string(),
  /** The statement's document kind: speech, press-conference… ('' when unknown). */
  kind: z.string(),
  url: z.string(),
  text: z.string(),
  /** Matches against sources the user imported are marked, never shown as official. */
  origin: z.enum(['bundled', 'imported']),
});
export type HistorySource = z.infer<typeof HistorySource>;

export const HistoryPage = z.object({ url: z.string().min(1), title: z.string().max(MAX_TITLE_CHARS) });
export type HistoryPage = z.infer<typeof HistoryPage>;

export const HistoryRecord = z.object({
  /** Hash of (normalised page url, normalised quote): see key.ts. */
  id: z.string().min(1),
  /** null for a manual check that did not come from a page. */
  page: HistoryPage.nullable(),
  quote: z.string().min(1).max(MAX_QUOTE_CHARS),
  claimedSpeaker: z.string().nullable(),
  kind: RecordedKind,
  verdict: HistoryVerdict,
  score: z.number().min(0).max(1),
  /** Matcher flags (fragment, stitched, imported-source…); open-ended so a new flag never breaks reads. */
  flags: z.array(z.string()),
  source: HistorySource.nullable(),
  attribution: HistoryAttribution,
  diff: z.array(HistoryDiffOp).nullable(),
  foundBy: FoundBy,
  /** Epoch milliseconds. */
  firstSeen: z.number().int().nonnegative(),
  lastSeen: z.number().int().nonnegative(),
  seenCount: z.number().int().positive(),
});
export type HistoryRecord = z.infer<typeof HistoryRecord>;

/** What the cap removed, so the history page can say so. */
export const CapNote = z.object({ count: z.number().int().nonnegative(), lastAt: z.number().int().nonnegative() });
export type CapNote = z.infer<typeof CapNote>;

/** The stored value (storage key local:history). Records are kept newest-first by lastSeen. */
export const HistoryFile = z.object({
  version: z.literal(HISTORY_VERSION),
  records: z.array(HistoryRecord),
  droppedByCap: CapNote.nullable(),
});
export type HistoryFile = z.infer<typeof HistoryFile>;

export function emptyHistory(): HistoryFile {
  return { version: HISTORY_VERSION, records: [], droppedByCap: null };
}
