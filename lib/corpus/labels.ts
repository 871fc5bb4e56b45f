/**
 * Speaker labels in transcripts ("SECRETARY BLINKEN:", "NATO Secretary General Jens
 * Stoltenberg:", "Sarah Kelly (Deutsche Welle):", "Q  ", "Moderator:") and who they name.
 * A label is short, made of titles and names, and sits at the start of a line; anything
 * else ("This sends a clear message:") is text.
 */
import { BLINKEN, ROLES, STOLTENBERG, isCorpusSpeaker } from '../speakers';
import { isPersonName, nameTokens, surnames, titleCase } from './names';

export interface SpeakerRef {
  speaker: string;
  role: string;
}

export interface LabelContext {
  /** Names from the document header's speaker line. */
  speakers: readonly string[];
  /** Document title: resolves title-only labels such as "THE PRESIDENT". */
  title: string;
}

export const JOURNALIST = 'Journalist';
export const MODERATOR = 'Moderator';

const TITLES = [
  'deputy secretary general', 'secretary general', 'secretary of state', 'secretary of defense', 'secretary',
  'vice president', 'president', 'deputy prime minister', 'prime minister', 'foreign minister',
  'defence minister', 'defense minister', 'minister of foreign affairs', 'minister of defence', 'minister',
  'chancellor', 'spokesperson', 'spokesman', 'spokeswoman', 'ambassador', 'senator', 'high representative',
  'commissioner', 'chair', 'chairman', 'king', 'queen', 'general', 'admiral',
];
const TITLE_RE = new RegExp(`\\b(${TITLES.join('|').replace(/ /g, '\\s+')})\\b`, 'iu');
const HONORIFIC_RE = /^(?:the\s+)?(?:mr|mrs|ms|dr|madam)\.?\s+/iu;
const PRESS_RE = /\b(?:journalist|reporter|correspondent|question|questioner|audience|participant)s?\b/iu;
/** Lower-case words that may appear inside a name or title; any other lower-case word means prose. */
const NAME_PARTICLES = new Set(['of', 'the', 'for', 'and', 'de', 'van', 'von', 'der', 'da', 'di', 'la', 'le', 'al', 'bin', 'du']);

/** The person (corpus speaker first, then header speakers) whose surname the label contains. */
function personInLabel(label: string, ctx: LabelContext): string | null {
  const tokens = new Set(nameTokens(label));
  const people = [STOLTENBERG, BLINKEN, ...ctx.speakers.filter((s) => !isCorpusSpeaker(s) && isPersonName(s))];
  return people.find((p) => surnames(p).some((s) => tokens.has(s))) ?? null;
}

/** True when every word is capitalised (or a name particle), i.e. the label is not prose. */
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  return words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || NAME_PARTICLES.has(w));
}

function refFor(person: string, fallbackRole: string): SpeakerRef {
  return { speaker: person, role: isCorpusSpeaker(person) ? ROLES[person] : fallbackRole };
}

/** A title-only label ("MR. PRESIDENT") names whoever the document title calls by that title. */
function personByTitle(title: string, ctx: LabelContext): string | null {
  const others = ctx.speakers.filter((s) => !isCorpusSpeaker(s) && isPersonName(s));
  const docTitle = nameTokens(ctx.title).join(' ');
  const t = nameTokens(title).join(' ');
  return others.find((p) => surnames(p).some((s) => new RegExp(`\\b${t}\\b(?: \\w+){0,4} ${s}\\b`).test(docTitle))) ?? null;
}

function titleOnly(title: string, qualifier: string, ctx: LabelContext): SpeakerRef {
  const t = title.toLowerCase().replace(/\s+/g, ' ');
  if (t === 'secretary general' && ctx.speakers.includes(STOLTENBERG) && /^(nato\s*)?$/iu.test(qualifier)) {
    return refFor(STOLTENBERG, '');
  }
  if (t === 'secretary' && ctx.speakers.includes(BLINKEN) && !qualifier) return refFor(BLINKEN, '');
  const role = titleCase(`${qualifier} ${title}`.trim());
  const person = personByTitle(title, ctx);
  return person ? refFor(person, role) : { speaker: role, role };
}

function splitOutlet(label: string): { name: string; outlet: string } {
  const paren = /^(.*?)\s*\(([^)]+)\)$/u.exec(label);
  if (paren) return { name: paren[1] ?? '', outlet: paren[2] ?? '' };
  const comma = /^([^,]+),\s*([^,]+)$/u.exec(label);
  if (comma) return { name: comma[1] ?? '', outlet: comma[2] ?? '' };
  return { name: label, outlet: '' };
}

function pressRef(name: string, outlet: string): SpeakerRef {
  const named = name && !PRESS_RE.test(name) && isNameLike(name) && /\s/u.test(name.trim());
  const role = outlet ? `${JOURNALIST}, ${outlet}` : JOURNALIST;
  return { speaker: named ? name.trim() : JOURNALIST, role };
}

/**
 * Who a label names, or null when the text is not a speaker label at all.
 * Never returns a corpus speaker unless the label names them (or their title, in their document).
 */
export function speakerFromLabel(rawLabel: string, ctx: LabelContext): SpeakerRef | null {
  const label = rawLabel.replace(/[\s\u00a0]+/gu, ' ').replace(/[:\s]+$/u, '').trim();
  if (!label || label.length > 80 || /[?!;“”"]/u.test(label)) return null;
  if (/^(?:q|question|questioner)$/iu.test(label)) return pressRef('', '');
  if (/^moderator$/iu.test(label)) return { speaker: MODERATOR, role: MODERATOR };
  const { name, outlet } = splitOutlet(label);
  if (!name || !isNameLike(name.replace(PRESS_RE, 'X')) || /\d/u.test(name)) return null;
  if (outlet && !isNameLike(outlet)) return null;
  if (PRESS_RE.test(name)) return pressRef(name, outlet);
  const person = personInLabel(name, ctx);
  const title = TITLE_RE.exec(name);
  const role = title ? titleCase(name.slice(0, title.index + title[0].length)) : outlet && `${JOURNALIST}, ${outlet}`;
  if (person) return refFor(person, role);
  const bare = name.replace(HONORIFIC_RE, '');
  if (title) {
    const rest = name.slice(title.index + title[0].length).replace(/^\s*of\s+(the\s+)?\p{Lu}\p{L}+/u, '').trim();
    if (!rest) return titleOnly(title[0], name.slice(0, title.index).replace(HONORIFIC_RE, '').trim(), ctx);
    return { speaker: titleCase(rest), role };
  }
  // "Ritva Ronnberg, TV4": a person's name (two words or more) and an outlet; "Berlin, Germany" is a place.
  if (outlet) return name.includes(' ') ? pressRef(name, outlet) : null;
  // An all-capitals label with no title ("MS KVIEN", "AFP") is still a label in these transcripts.
  if (name === name.toUpperCase() && /\p{Lu}{2}/u.test(name) && name.split(' ').length <= 4) {
    return bare.split(' ').length === 1 && bare === name ? pressRef('', name) : { speaker: titleCase(bare), role: '' };
  }
  return null;
}

/** True when a label names a person or a titled role, not just a word in capitals. */
export function namesSomeone(label: string, ctx: LabelContext): boolean {
  return TITLE_RE.test(label) || personInLabel(label, ctx) !== null || /\(|,/u.test(label);
}

/** A question from the floor without a name ("Q", "QUESTION:"). */
export function anonymousQuestion(): SpeakerRef {
  return pressRef('', '');
}
