// The reporter's own words: the input with every quotation (and its marks) overwritten, so
// that cue verbs and names are only ever read outside quotes. Same length as the input.
import { MASK } from './chars';
import type { RawSpan } from './spans';

export function maskQuotes(text: string, spans: RawSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of spans) {
    const from = Math.max(at, span.open >= 0 ? span.open : span.start);
    const to = span.close >= 0 ? span.close + 1 : span.end;
    if (to <= from) continue;
    parts.push(text.slice(at, from));
    // Keep a final . ! ? so that "…Slovakia.” These" still ends a sentence.
    const last = text[span.end - 1];
    const keep = last === '.' || last === '!' || last === '?' || last === '…';
    parts.push(MASK.repeat(to - from - (keep ? 1 : 0)));
    if (keep) parts.push(last);
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
