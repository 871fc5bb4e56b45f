// Quotes without an attribution of their own take it from their multi-paragraph chain, the
// quote just before, a name line after, or the sentence that introduces them.
import { canonicalSpeaker } from './aliases';
import { outerEnd, outerStart, type Attribution } from './attribute';
import { MASK } from './chars';
import type { AttributionContext } from './context';
import { leadInSpeaker } from './lead-in';
import { nameLine } from './pull-quotes';
import { speakerFromLabel } from './speaker-label';
import type { RawSpan } from './spans';
import { sentenceSubject, type Subject } from './subjects';

/** Quotes without their own attribution take it from their chain, the quote before, or a name line after. */
export function carryAttributions(ctx: AttributionContext, spans: RawSpan[], attrs: Attribution[]): void {
  const chainSpeaker = new Map<number, Attribution>();
  spans.forEach((s, i) => {
    if (s.chain !== undefined && attrs[i]!.found && !chainSpeaker.has(s.chain)) chainSpeaker.set(s.chain, attrs[i]!);
  });
  spans.forEach((span, i) => {
    const attr = attrs[i]!;
    if (attr.found) return;
    const inherited =
      (span.chain !== undefined && chainSpeaker.get(span.chain)) ||
      nameLineAfter(ctx, span) ||
      previousSpeaker(ctx, spans, attrs, i) ||
      introducedBy(ctx, span);
    if (!inherited) return;
    attrs[i] = { ...inherited, direct: attr.direct, speech: true };
    if (span.chain !== undefined && !chainSpeaker.has(span.chain)) chainSpeaker.set(span.chain, attrs[i]!);
  });
}

function paragraphIndexAt(ctx: AttributionContext, pos: number): number {
  return ctx.paragraphAt(pos);
}

/** "“…,” he said. “…”" and a quote paragraph after a quote paragraph: the same speaker goes on. */
function previousSpeaker(ctx: AttributionContext, spans: RawSpan[], attrs: Attribution[], i: number): Attribution | null {
  const prev = spans[i - 1];
  const prevAttr = attrs[i - 1];
  if (!prev || !prevAttr?.found) return null;
  const p = paragraphIndexAt(ctx, outerStart(spans[i]!));
  const q = paragraphIndexAt(ctx, outerStart(prev));
  if (p === q) return prevAttr;
  const para = ctx.paragraphs[p]!;
  return q === p - 1 && outerStart(spans[i]!) === para.start ? prevAttr : null;
}

function nameLineAfter(ctx: AttributionContext, span: RawSpan): Attribution | null {
  const p = paragraphIndexAt(ctx, outerStart(span));
  const para = ctx.paragraphs[p]!;
  const next = ctx.paragraphs[p + 1];
  if (!next || outerStart(span) > para.start + 1 || outerEnd(span) < para.end - 1) return null;
  const name = nameLine(ctx.text.slice(next.start, next.end));
  if (!name) return null;
  return { speaker: speakerFromLabel(name, ctx.registry, next.start), cue: name, found: true, direct: true, speech: true };
}

/** "Stoltenberg went further.⏎“For seventy years…": a quote paragraph after a sentence about a named person. */
function introducedBy(ctx: AttributionContext, span: RawSpan): Attribution | null {
  const p = paragraphIndexAt(ctx, outerStart(span));
  const prev = ctx.paragraphs[p - 1];
  if (!prev || outerStart(span) !== ctx.paragraphs[p]!.start || ctx.masked.slice(prev.start, prev.end).includes(MASK)) return null;
  const sentence = ctx.sentenceAt(prev.end - 1);
  if (!sentence || sentence.start < prev.start) return null;
  const colon = ctx.masked.lastIndexOf(':', prev.end);
  const lead = colon >= sentence.start && /^\s*$/.test(ctx.masked.slice(colon + 1, prev.end)) ? leadInSpeaker(ctx, sentence, colon) : null;
  if (lead) return { speaker: lead.speaker, cue: lead.cue, found: true, direct: true, speech: true };
  const subject = mainSubject(ctx.masked, sentence.start, sentence.end);
  if (!subject || subject.kind === 'pronoun' || !isPerson(ctx, subject, sentence.start)) return null;
  return { speaker: ctx.resolve(subject, sentence.start), cue: subject.cue, found: true, direct: false, speech: true };
}

/** The subject at the start of a sentence or right after its introductory phrase ("In a long answer, Stoltenberg …"). */
function mainSubject(masked: string, start: number, end: number): Subject | null {
  const first = sentenceSubject(masked, start, end);
  if (first) return first;
  const comma = masked.indexOf(', ', start);
  return comma > 0 && comma < Math.min(end, start + 80) ? sentenceSubject(masked, comma + 2, end) : null;
}

function isPerson(ctx: AttributionContext, subject: Subject, pos: number): boolean {
  if (subject.kind === 'role') return true;
  if (subject.kind !== 'name') return false;
  return subject.name.includes(' ') || canonicalSpeaker(subject.name) !== null || ctx.registry.widen(subject.name, pos) !== subject.name;
}
