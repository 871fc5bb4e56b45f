/**
 * News stories (e.g. nato.int "news" pages) are written by a press office: only the words
 * inside quotation marks were said, and only when the story attributes them to the speaker.
 */
import { nameTokens } from './names';

const QUOTE_RE = /“([^“”]+)”/gu;
const SAY = '(?:said|says|added|stressed|underlined|warned|noted|told|urged|emphasised|emphasized|highlighted|explained|declared|stated|concluded|called|insisted|recalled)';
const SAY_RE = new RegExp(`\\b${SAY}\\b`, 'iu');
const PRONOUN_RE = /\b(?:he|she)\b/iu;
/** Someone else named in the narrative: "Prime Minister Kishida", "Mr Pistorius". */
const OTHER_PERSON_RE =
  /\b(?:President|Prime Minister|Minister|Chancellor|Secretary(?! General)|Mr\.?|Ms\.?|Mrs\.?|Ambassador|Commissioner|King|Queen)\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)/gu;

export interface NewsSpeaker {
  /** Lower-case word sequences that name the speaker ("stoltenberg", "secretary general"). */
  aliases: string[];
}

export interface NewsState {
  /** Whether the person last named in the story is the speaker (resolves "he said"). */
  lastWasSpeaker: boolean;
}

function lastAliasAt(text: string, who: NewsSpeaker): number {
  const lower = text.toLowerCase();
  return Math.max(-1, ...who.aliases.map((a) => lower.lastIndexOf(a)));
}

function lastOtherAt(text: string, who: NewsSpeaker): number {
  let at = -1;
  for (const m of text.matchAll(OTHER_PERSON_RE)) {
    const named = nameTokens(m[0]).join(' ');
    if (!who.aliases.some((a) => named.includes(a))) at = m.index ?? at;
  }
  return at;
}

/** Updates who the story is talking about after reading `narrative`. */
function track(narrative: string, who: NewsSpeaker, state: NewsState): void {
  const alias = lastAliasAt(narrative, who);
  const other = lastOtherAt(narrative, who);
  if (alias > other) state.lastWasSpeaker = true;
  else if (other > alias) state.lastWasSpeaker = false;
}

/** The attribution right after a quote (",” he said"), or '' when the quote is introduced before. */
function attributionAfter(after: string): string {
  const next = /^[,.\s]*([^“.]{0,80})/u.exec(after)?.[1] ?? '';
  return SAY_RE.test(next) ? next : '';
}

function isSpeakerQuote(before: string, after: string, who: NewsSpeaker, state: NewsState): boolean {
  const cue = attributionAfter(after);
  if (cue && lastAliasAt(cue, who) >= 0) return true;
  if (cue && !PRONOUN_RE.test(cue) && lastOtherAt(cue, who) >= 0) return false;
  if (cue && !PRONOUN_RE.test(cue) && /\b\p{Lu}\p{L}+\s+(?:said|says)\b/u.test(cue)) return false;
  track(before, who, state);
  return state.lastWasSpeaker;
}

/** Quoted passages of one paragraph that the story attributes to `who`, in order. */
export function quotesBySpeaker(paragraph: string, who: NewsSpeaker, state: NewsState): string[] {
  const out: string[] = [];
  let prevEnd = 0;
  for (const m of paragraph.matchAll(QUOTE_RE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = paragraph.slice(end, end + 120);
    const mine = isSpeakerQuote(paragraph.slice(prevEnd, start), after, who, state);
    state.lastWasSpeaker = mine;
    const text = (m[1] ?? '').trim().replace(/[,;:]$/u, '');
    if (mine && text.split(/\s+/u).length >= 3) out.push(text);
    prevEnd = end;
  }
  track(paragraph.slice(prevEnd), who, state);
  return out;
}
