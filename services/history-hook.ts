/**
 * The ONE call site where matching results reach the match history (services/history-store.ts,
 * the background's single writer). Page scans record statements and found fragments; manual
 * and context-menu checks record whatever was checked. Recording never blocks or breaks a check.
 */
import type { QuoteMatch } from '../lib/match/types';
import { recordMatches } from './history-store';

export interface CheckedQuote {
  text: string;
  speaker: string | null;
  kind: 'statement' | 'fragment' | 'term';
  match: QuoteMatch | null;
}

export interface RecordContext {
  foundBy: 'page' | 'manual' | 'context-menu';
  page: { url: string; title: string } | null;
}

export function recordToHistory(quotes: readonly CheckedQuote[], context: RecordContext): void {
  const checks = quotes.flatMap((q) =>
    q.match && q.kind !== 'term'
      ? [{ page: context.page, quote: q.text, claimedSpeaker: q.speaker, kind: q.kind, foundBy: context.foundBy, match: q.match }]
      : [],
  );
  if (checks.length === 0) return;
  recordMatches(checks).catch((error: unknown) => console.warn('Verbatim: could not record history', error));
}
