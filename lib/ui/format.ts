/** Pure text formatting for the card, popup and history: scores, dates, source lines, warnings. */
import type { QuoteMatch } from '../match/types';

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** 0.934 → "93%". Never rounds a non-perfect score up to 100%: "99%" says "not quite". */
export function formatScore(score: number): string {
  if (!Number.isFinite(score)) return '—';
  const clamped = Math.min(1, Math.max(0, score));
  const pct = Math.round(clamped * 100);
  return `${clamped < 1 && pct === 100 ? 99 : pct}%`;
}

/** "2022-06-27" → "27 June 2022"; anything else is returned as written. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "press-conference" / "press_conference" / "PressConference" → "press conference". */
export function kindLabel(kind: string): string {
  return kind
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
}

type SourceFields = Pick<QuoteMatch, 'speaker' | 'kind' | 'date'>;

/** "Jens Stoltenberg, press conference, 27 June 2022" */
export function sourceLine(source: SourceFields): string {
  return [source.speaker, kindLabel(source.kind), formatDate(source.date)].filter(Boolean).join(', ');
}

/**
 * The attribution warning, when the page credits the words to someone other than the source:
 * "Credited to the NATO Heads of State and Government; the source is Jens Stoltenberg, press conference, 27 June 2022."
 * `claimed` is what the page says (canonical name or the page's own words); null when no warning applies.
 */
export function attributionWarning(
  match: Pick<QuoteMatch, 'attribution' | 'verdict'> & SourceFields,
  claimed: string | null,
): string | null {
  if (match.attribution !== 'differs' || match.verdict === 'not-found') return null;
  const credited = claimed?.trim() ? claimed.trim() : 'someone else';
  return `Credited to ${withArticle(credited)}; the source is ${sourceLine(match)}.`;
}

/** Bodies read better with "the" ("credited to the North Atlantic Council"); people do not get one. */
function withArticle(name: string): string {
  const body = /^(NATO|North Atlantic|Heads of State|Allies|Alliance|Madrid|Vilnius|Washington|Brussels)\b/i;
  return body.test(name) && !/^the\b/i.test(name) ? `the ${name}` : name;
}

/** Shorten long text for one-line lists, on a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, Math.max(1, max - 1));
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
