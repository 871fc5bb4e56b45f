// The speaker a page claims for one quotation, read from its own sentence first
// (after the quote, then before it), then from a short attribution sentence right after it.
import { countWords, MASK } from './chars';
import type { AttributionContext, CueHit, Sentence } from './context';
import { colonLabel, germanSo, headlineLabel, leadInLabel, quoteThenName } from './framing';
import type { RawSpan } from './spans';

export interface Attribution {
  speaker: string | null;
  cue: string | null;
  /** Some attribution was found (possibly to an unnamed source). */
  found: boolean;
  /** The quote is the whole object of the cue verb ("he said: “…”"). */
  direct: boolean;
  /** A cue verb stands in the quote's sentence: the words are reported speech. */
  speech: boolean;
}

const NONE: Attribution = { speaker: null, cue: null, found: false, direct: false, speech: false };

export function outerStart(span: RawSpan): number {
  return span.open >= 0 ? span.open : span.start;
}
export function outerEnd(span: RawSpan): number {
  return span.close >= 0 ? span.close + 1 : span.end;
}

function fromCue(ctx: AttributionContext, cue: CueHit, direct: boolean): Attribution {
  return { speaker: ctx.speakerOf(cue), cue: cue.subject?.cue ?? null, found: true, direct, speech: true };
}

const LINKING_WORDS = new Set(
  `while and but as when whereas after before because although though that which who then so or was is were are has have
  had be been by to of in on for with at from it this they he she we i not`.split(/\s+/),
);

/**
 * Only punctuation and a short description of the subject stand between the quote and its cue
 * ("…,” Kremlin spokesman Dmitry Peskov told") — not a new clause ("…” while Reinsalu told").
 */
function attachedGap(masked: string, from: number, to: number): boolean {
  if (to < from || to - from > 60) return false;
  const gap = masked.slice(from, to);
  if (!/^[\s,;:—–-]*[^.!?;\ue000]*$/.test(gap)) return false;
  const words = gap.split(/[\s,;:—–-]+/).filter(Boolean);
  return words.length <= 4 && !words.some((w) => LINKING_WORDS.has(w.toLowerCase()) || /ed$/.test(w));
}

const DIRECT_RE = /(?:said|says|say|saying|told|added|adds|adding|wrote|writes|tweeted|declared|stated|asked|replied|answered|insisted|promised|warned|stressed|continued|explained|argued|noted|insisting|warning|put it)(?:\s+(?:in a statement|on \p{L}+|\p{L}+\s+that|\p{L}+\s+\p{L}+\s+that|that))?\s*[:,]?\s*$|:\s*$/iu;

/** "didn't say “…”": a mention, not a report of what was said. */
const NEGATED_RE = /(?:n['’]t|\bnot|\bnever)\s+(?:\p{L}+\s+)?\p{L}+\s*[:,]?\s*$/iu;

export function attributeSpan(ctx: AttributionContext, span: RawSpan): Attribution {
  const qs = outerStart(span);
  const qe = outerEnd(span);
  const sentence = ctx.sentenceAt(qs);
  if (!sentence) return NONE;
  const before = ctx.masked.slice(Math.max(sentence.start, qs - 200), qs);
  const tail = before.slice(-60);
  const negated = /n['’]t|not|never/.test(tail) && NEGATED_RE.test(tail);
  const direct = DIRECT_RE.test(tail) && !negated;
  const cues = ctx.cuesOf(sentence);
  const after = cues.filter((c) => c.pos >= qe);
  const prior = cues.filter((c) => c.end <= qs);
  const attached = after.find((c) => c.subject && attachedGap(ctx.masked, qe, Math.min(c.subject.start, c.pos)));
  if (attached) return fromCue(ctx, attached, direct);
  const soNamed = germanSo(ctx, qe); // translated German: "„…“, so Stoltenberg."
  if (soNamed) return soNamed;
  const nearestBefore = [...prior].reverse().find((c) => c.subject);
  if (nearestBefore) return fromCue(ctx, nearestBefore, direct);
  const closing = [...after].reverse().find((c) => c.subject && finalClause(ctx.masked, c, sentence));
  if (closing) return fromCue(ctx, closing, direct);
  const next = nextSentenceCue(ctx, span, sentence);
  if (next) return fromCue(ctx, next, direct);
  const label = colonLabel(ctx, before, qs) ?? headlineLabel(ctx, sentence, qs) ?? leadInLabel(ctx, sentence, before, qs) ?? quoteThenName(ctx, sentence, qs, qe);
  if (label) return label;
  return { ...NONE, direct, speech: cues.some((c) => c.subject) && !negated };
}

/** ", he said." closing the sentence after the quote(s). */
function finalClause(masked: string, cue: CueHit, sentence: Sentence): boolean {
  const start = Math.min(cue.subject!.start, cue.pos);
  const lead = masked.slice(Math.max(sentence.start, start - 3), start);
  return /,\s*$/.test(lead) && countWords(masked.slice(start, sentence.end)) <= 10;
}

/** "“…the use.” Stoltenberg said." — a short sentence that only attributes the quote before it. */
function nextSentenceCue(ctx: AttributionContext, span: RawSpan, here: Sentence): CueHit | null {
  const next = ctx.nextSentence(here);
  if (!next || here.end > outerEnd(span) + 2) return null;
  const body = ctx.masked.slice(next.start, next.end);
  if (body.includes(MASK) || countWords(body) > 10) return null;
  const cue = ctx.cuesOf(next)[0];
  if (!cue?.subject || Math.min(cue.subject.start, cue.pos) > next.start + 1) return null;
  // "Stoltenberg said on Thursday." attributes; "An official confirmed kits would be sent." reports news.
  return countWords(ctx.masked.slice(cue.end, next.end)) <= 4 ? cue : null;
}
