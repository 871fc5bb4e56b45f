// A sentence that ends in a colon introduces the quote after it: "He went on: ‘…’",
// "the secretary of state, Antony Blinken, was blunt:⏎<blockquote>", "Stoltenberg, on aid: “…”".
// Its speaker is the person the sentence is about: the subject just before the closing verb
// phrase, else the sentence's opening subject.
import type { AttributionContext, Sentence } from './context';
import { sentenceSubject, subjectBefore, type Subject } from './subjects';

/** Up to six lower-case words (a short verb phrase: "was blunt", "went further on defence planning") before the colon. */
const TRAILING_PHRASE = /(?:^|[\s,])((?:\p{Ll}[\p{L}’'-]*\s+){0,5}\p{Ll}[\p{L}’'-]*)\s*:\s*$/u;

/** Common verbs without a tell-tale ending; other verbs are recognised by -ed / -s. */
const PLAIN_VERBS = new Set('was is were are had has went struck gave put made took told spoke wrote kept held got set sent left came'.split(' '));

const NOT_VERBS = new Set('his its this thus as us plus perhaps always across towards afterwards whereas unless news'.split(' '));

/** Offset in `head` of the first word of the phrase at `from` that looks like a verb ("the Danish daily quoted" → "quoted"), or -1. */
function firstVerb(head: string, from: number): number {
  const re = /\p{Ll}[\p{L}’'-]*/gu;
  re.lastIndex = from;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    if (PLAIN_VERBS.has(m[0]) || (/(?:ed|[^s]s)$/.test(m[0]) && !NOT_VERBS.has(m[0]))) return m.index;
  }
  return -1;
}

export function leadInSubject(ctx: AttributionContext, sentence: Sentence, colon: number): Subject | null {
  const head = ctx.masked.slice(sentence.start, colon + 1);
  if (!/:\s*$/.test(head)) return null;
  const phrase = TRAILING_PHRASE.exec(head);
  const verbStart = phrase?.[1] ? firstVerb(head, phrase.index + phrase[0].indexOf(phrase[1])) : -1;
  if (verbStart >= 0) {
    const subject = subjectBefore(ctx.masked, sentence.start + verbStart, sentence.start, () => '');
    if (subject && subject.kind !== 'unnamed') return subject;
  }
  const opener = sentenceSubject(ctx.masked, sentence.start, sentence.end);
  if (opener) return opener;
  const comma = ctx.masked.indexOf(', ', sentence.start); // "In Brussels, Stoltenberg was blunt:"
  return comma > 0 && comma < colon ? sentenceSubject(ctx.masked, comma + 2, sentence.end) : null;
}

/** A person (name, role or pronoun), resolved; null when the lead-in names nobody. */
export function leadInSpeaker(ctx: AttributionContext, sentence: Sentence, colon: number): { speaker: string | null; cue: string } | null {
  const subject = leadInSubject(ctx, sentence, colon);
  if (!subject || subject.kind === 'org') return null;
  if (subject.kind === 'name' && !ctx.isKnownPerson(subject.name, subject.start)) return null;
  return { speaker: ctx.resolve(subject, colon), cue: subject.cue };
}
