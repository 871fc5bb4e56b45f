/** The checker's result for one article, in the exact JSON shape `npm run check -- --json` prints. */
import { extractQuotesFromText } from '../lib/extract';
import type { ExtractedQuote, QuoteKind } from '../lib/extract/types';
import type { Matcher, QuoteMatch } from '../lib/match';
import { extractQuotesFromHtml } from './html';
import { readArticle, type ArticleFile } from './inputs';

export type JsonMatch = Pick<
  QuoteMatch,
  'verdict' | 'score' | 'flags' | 'statementId' | 'speaker' | 'date' | 'event' | 'url' | 'sourceText' | 'attribution' | 'diff'
>;

export interface QuoteReport {
  text: string;
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: string | null;
  match: JsonMatch | null;
}

export interface FileReport {
  file: string;
  quotes: QuoteReport[];
}

/** Only the documented keys, in the documented order (the UI-only extras stay out of the JSON). */
export function jsonMatch(m: QuoteMatch): JsonMatch {
  const { verdict, score, flags, statementId, speaker, date, event, url, sourceText, attribution, diff } = m;
  return { verdict, score, flags, statementId, speaker, date, event, url, sourceText, attribution, diff };
}

export function quoteReport(q: ExtractedQuote, matcher: Matcher): QuoteReport {
  // Scare quotes and terms are not claims about what someone said: nothing to check.
  const found = q.kind === 'term' ? null : matcher.match(q.text, q.speaker);
  return { text: q.text, start: q.start, end: q.end, kind: q.kind, speaker: q.speaker, match: found ? jsonMatch(found) : null };
}

export function extractFrom(file: ArticleFile, content: string): ExtractedQuote[] {
  return file.type === 'html' ? extractQuotesFromHtml(content) : extractQuotesFromText(content);
}

export function checkArticle(file: ArticleFile, matcher: Matcher): FileReport {
  const quotes = extractFrom(file, readArticle(file));
  return { file: file.path, quotes: quotes.map((q) => quoteReport(q, matcher)) };
}
