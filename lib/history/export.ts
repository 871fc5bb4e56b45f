import { toCsvText } from './csv';
import { recordSite } from './filter';
import { HISTORY_VERSION, type HistoryRecord } from './schema';

/** Marks a file as ours, so import can tell a Verbatim export from any other JSON. */
export const EXPORT_FORMAT = 'verbatim-history';

export interface HistoryExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: HistoryRecord[];
}

export function exportJson(records: readonly HistoryRecord[], now = Date.now()): string {
  const file: HistoryExport = {
    format: EXPORT_FORMAT,
    version: HISTORY_VERSION,
    exportedAt: new Date(now).toISOString(),
    records: [...records],
  };
  return JSON.stringify(file, null, 1);
}

export const CSV_COLUMNS = [
  'last_seen', 'first_seen', 'times_seen', 'verdict', 'score', 'quote', 'claimed_speaker', 'attribution',
  'kind', 'found_by', 'page_url', 'page_title', 'site', 'source_speaker', 'source_date', 'source_event',
  'source_url', 'source_origin', 'statement_id', 'flags', 'source_text',
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

function csvRowOf(r: HistoryRecord): Array<string | number | null> {
  const s = r.source;
  return [
    iso(r.lastSeen), iso(r.firstSeen), r.seenCount, r.verdict, Number(r.score.toFixed(4)), r.quote, r.claimedSpeaker,
    r.attribution, r.kind, r.foundBy, r.page?.url ?? '', r.page?.title ?? '', recordSite(r), s?.speaker ?? '',
    s?.date ?? '', s?.event ?? '', s?.url ?? '', s?.origin ?? '', s?.statementId ?? '', r.flags.join(';'), s?.text ?? '',
  ];
}

/** One row per record, same order as given (the page passes newest first). */
export function exportCsv(records: readonly HistoryRecord[]): string {
  return toCsvText(CSV_COLUMNS, records.map(csvRowOf));
}

/** File names sort by date: verbatim-history-2026-11-23.json. */
export function exportFileName(kind: 'json' | 'csv', now = Date.now()): string {
  return `verbatim-history-${iso(now).slice(0, 10)}.${kind}`;
}
