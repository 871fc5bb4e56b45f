import { z } from 'zod';
import type { QuoteKind } from '../extract/types';
import type { QuoteMatch } from '../match/types';
import { recordId } from './key';
import { FoundBy, HistoryRecord, MAX_QUOTE_CHARS, MAX_TITLE_CHARS } from './schema';

/**
 * A check about to be recorded: everything but the bookkeeping the store owns (id, first/last
 * seen, count). `at` is when the check happened (epoch ms). This is also the message payload.
 */
export const RecordDraft = HistoryRecord.omit({ id: true, firstSeen: true, lastSeen: true, seenCount: true }).extend({
  at: z.number().int().nonnegative(),
});
export type RecordDraft = z.infer<typeof RecordDraft>;

/** What the background knows after matching one quote. */
export interface CheckInput {
  page: { url: string; title: string } | null;
  quote: string;
  claimedSpeaker: string | null;
  kind: QuoteKind;
  foundBy: FoundBy;
  match: QuoteMatch;
  /** Defaults to now. */
  at?: number;
}

/** null for what is never recorded: terms (scare quotes) and empty quotes. */
export function draftFromCheck(check: CheckInput, now = Date.now()): RecordDraft | null {
  const quote = check.quote.trim().slice(0, MAX_QUOTE_CHARS);
  if (check.kind === 'term' || quote === '') return null;
  const { match } = check;
  return {
    page: check.page ? { url: check.page.url, title: check.page.title.slice(0, MAX_TITLE_CHARS) } : null,
    quote,
    claimedSpeaker: check.claimedSpeaker,
    kind: check.kind,
    verdict: match.verdict,
    score: Math.min(1, Math.max(0, match.score)),
    flags: [...match.flags],
    source: match.statementId
      ? {
          statementId: match.statementId,
          speaker: match.speaker,
          date: match.date,
          event: match.event,
          kind: match.kind,
          url: match.url,
          text: match.sourceText,
          origin: match.origin,
        }
      : null,
    attribution: match.attribution,
    diff: match.diff.length > 0 ? match.diff.map(({ op, quote: q, source }) => ({ op, quote: q, source })) : null,
    foundBy: check.foundBy,
    at: check.at ?? now,
  };
}

/** The first sighting of a check as a full record. */
export function recordFromDraft(draft: RecordDraft): HistoryRecord {
  const { at, ...fields } = draft;
  return { ...fields, id: recordId(draft.page?.url ?? null, draft.quote), firstSeen: at, lastSeen: at, seenCount: 1 };
}
