import { normalisePageUrl, siteOf } from './key';
import type { HistoryRecord, HistoryVerdict } from './schema';

/** Everything the history page can filter by; unset fields do not filter. */
export interface HistoryQuery {
  /** Words that must all appear in the quote, page (url or title) or source (speaker, event, text). */
  text?: string;
  verdicts?: readonly HistoryVerdict[];
  /** The matched source's speaker (a corpus speaker). */
  speaker?: string;
  site?: string;
  /** Epoch ms, inclusive, on when the record was last seen. */
  from?: number;
  to?: number;
  attributionDiffers?: boolean;
  origin?: 'bundled' | 'imported';
}

/** Lower case without accents, so "Zelenskyy" finds "zelenskyy" and "Čavuşoğlu" finds "cavusoglu". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

// Records are immutable once stored, so each one's search text is built once per page session.
const haystacks = new WeakMap<HistoryRecord, string>();
const sites = new WeakMap<HistoryRecord, string>();

function haystackOf(record: HistoryRecord): string {
  let text = haystacks.get(record);
  if (text === undefined) {
    const { page, source } = record;
    const parts = [record.quote, record.claimedSpeaker ?? '', page?.url ?? '', page?.title ?? ''];
    if (source) parts.push(source.speaker, source.event, source.text, source.date);
    text = foldForSearch(parts.join('\n'));
    haystacks.set(record, text);
  }
  return text;
}

export function recordSite(record: HistoryRecord): string {
  let site = sites.get(record);
  if (site === undefined) {
    site = siteOf(record.page?.url ?? null);
    sites.set(record, site);
  }
  return site;
}

/** A predicate built once per query, so the per-record work is only comparisons. */
export function compileQuery(query: HistoryQuery): (record: HistoryRecord) => boolean {
  const terms = foldForSearch(query.text ?? '').split(/\s+/).filter(Boolean);
  const verdicts = query.verdicts && query.verdicts.length > 0 ? new Set(query.verdicts) : null;
  const { speaker, site, from, to, attributionDiffers, origin } = query;
  return (r) =>
    (!verdicts || verdicts.has(r.verdict)) &&
    (!speaker || r.source?.speaker === speaker) &&
    (!site || recordSite(r) === site) &&
    (from === undefined || r.lastSeen >= from) &&
    (to === undefined || r.lastSeen <= to) &&
    (!attributionDiffers || r.attribution === 'differs') &&
    (!origin || r.source?.origin === origin) &&
    (terms.length === 0 || terms.every((t) => haystackOf(r).includes(t)));
}

/** Keeps the input order (stored newest first). */
export function filterRecords(records: readonly HistoryRecord[], query: HistoryQuery): HistoryRecord[] {
  return records.filter(compileQuery(query));
}

/** Values present in the history, for the filter drop-downs. */
export function facetsOf(records: readonly HistoryRecord[]): { speakers: string[]; sites: string[] } {
  const speakers = new Set<string>();
  const siteSet = new Set<string>();
  for (const r of records) {
    if (r.source?.speaker) speakers.add(r.source.speaker);
    siteSet.add(recordSite(r));
  }
  return { speakers: [...speakers].sort(), sites: [...siteSet].sort() };
}

export interface PageGroup {
  /** Normalised page url, or 'manual' for checks without a page. */
  key: string;
  url: string | null;
  title: string;
  records: HistoryRecord[];
}

const pageKeys = new WeakMap<HistoryRecord, string>();

function pageKeyOf(record: HistoryRecord): string {
  let key = pageKeys.get(record);
  if (key === undefined) {
    key = record.page ? normalisePageUrl(record.page.url) : 'manual';
    pageKeys.set(record, key);
  }
  return key;
}

/** Groups in order of each page's newest record (input is newest first). */
export function groupByPage(records: readonly HistoryRecord[]): PageGroup[] {
  const groups = new Map<string, PageGroup>();
  for (const r of records) {
    const key = pageKeyOf(r);
    let group = groups.get(key);
    if (!group) {
      group = { key, url: r.page?.url ?? null, title: r.page?.title || r.page?.url || 'Checked by hand', records: [] };
      groups.set(key, group);
    }
    group.records.push(r);
  }
  return [...groups.values()];
}
