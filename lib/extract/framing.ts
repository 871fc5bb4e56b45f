// Speakers named by how a quote is framed rather than by a cue verb: "Stoltenberg: “…”",
// "He went on: ‘…’", headlines ("Nato chief: Putin ‘…’", "‘…’: Blinken and Nato react"), and
// translated German "„…“, so Stoltenberg."
import { canonicalSpeaker } from './aliases';
import type { Attribution } from './attribute';
import type { AttributionContext, Sentence } from './context';
import { leadInSpeaker } from './lead-in';
import { cleanName, nameEndingAt, nameStartingAt } from './names';

/** "Stoltenberg: “…”" — a name and a colon right before the quote. */
export function colonLabel(ctx: AttributionContext, before: string, qs: number): Attribution | null {
  const m = /([^\s:]+)\s*:\s*$/.exec(before);
  if (!m) return null;
  const end = qs - (before.length - before.lastIndexOf(m[1]!) - m[1]!.length);
  const raw = nameEndingAt(ctx.masked, end);
  const name = raw ? cleanName(raw) : '';
  if (!raw || !name) return null;
  const speaker = ctx.resolve({ kind: 'name', cue: raw, name, plural: false, start: end - raw.length }, qs);
  return { speaker: canonicalSpeaker(name) ?? speaker, cue: raw, found: true, direct: true, speech: true };
}

/** "He went on: ‘…’", "Stoltenberg, on military aid: “…”": the sentence's subject introduces the quote. */
export function leadInLabel(ctx: AttributionContext, sentence: Sentence, before: string, qs: number): Attribution | null {
  if (!/:\s*$/.test(before)) return null;
  const lead = leadInSpeaker(ctx, sentence, qs - (before.length - before.lastIndexOf(':')));
  return lead && { speaker: lead.speaker, cue: lead.cue, found: true, direct: true, speech: true };
}

/** „…“, so Stoltenberg. — German "so" (= "according to") survives machine translation; only a name then the sentence's end. */
export function germanSo(ctx: AttributionContext, qe: number): Attribution | null {
  const m = /^\s*,?\s*so\s+(?=\p{Lu})/u.exec(ctx.masked.slice(qe, qe + 12));
  if (!m) return null;
  const at = qe + m[0].length;
  const raw = nameStartingAt(ctx.masked, at);
  const name = raw ? cleanName(raw) : '';
  const ends = raw && (raw.endsWith('.') || /^\s*[.;!]/.test(ctx.masked.slice(at + raw.length, at + raw.length + 3)));
  if (!raw || !name || !ends) return null;
  if (!ctx.isKnownPerson(name, at)) return null;
  const cue = raw.replace(/\.$/, '');
  return { speaker: ctx.resolve({ kind: 'name', cue, name, plural: false, start: at }, qe), cue, found: true, direct: false, speech: true };
}

/** Headline style "‘A deliberate campaign’: Blinken and Nato react…" — the quote opens, a known person follows the colon. */
export function quoteThenName(ctx: AttributionContext, sentence: Sentence, qs: number, qe: number): Attribution | null {
  if (qs > sentence.start + 1) return null;
  const colon = /^\s*:\s+/.exec(ctx.masked.slice(qe, qe + 4));
  if (!colon) return null;
  const raw = nameStartingAt(ctx.masked, qe + colon[0].length);
  const name = raw ? cleanName(raw) : '';
  if (!raw || !name || !ctx.isKnownPerson(name, qe)) return null;
  const speaker = ctx.resolve({ kind: 'name', cue: raw, name, plural: false, start: qe + colon[0].length }, qe);
  return { speaker, cue: raw, found: true, direct: false, speech: true };
}

/** Headline style "Stoltenberg: NATO ‘will defend every inch’" — a name and a colon open the sentence. */
export function headlineLabel(ctx: AttributionContext, sentence: Sentence, qs: number): Attribution | null {
  const head = ctx.masked.slice(sentence.start, Math.min(qs, sentence.start + 40));
  const m = /^([^:\n]{2,35}):\s/.exec(head);
  if (!m?.[1]) return null;
  const role = canonicalSpeaker(m[1].trim()); // "Nato chief: Putin ‘is not preparing for peace’"
  if (role && !/[.!?]/.test(m[1])) return { speaker: role, cue: m[1].trim(), found: true, direct: false, speech: true };
  const raw = nameEndingAt(ctx.masked, sentence.start + m[1].length);
  const name = raw ? cleanName(raw) : '';
  if (!raw || !name || raw.length !== m[1].trim().length) return null;
  const speaker = ctx.resolve({ kind: 'name', cue: raw, name, plural: false, start: sentence.start }, qs);
  // A person, not a section label ("Opinion:", "Live:"): a full name or one the page or corpus knows.
  if (!name.includes(' ') && speaker === name && !canonicalSpeaker(name)) return null;
  return { speaker, cue: raw, found: true, direct: false, speech: true };
}
