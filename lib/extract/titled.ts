// "said the Chancellor", "the Ukrainian president struck a different tone": a title standing
// for the person the page introduced with it earlier ("Chancellor Olaf Scholz", "Ukraine’s
// president, Volodymyr Zelensky,"). Corpus roles ("the secretary general") are handled by the
// alias table first; this covers everyone else.
import { cleanName, nameStartingAt } from './names';
import type { Subject } from './subjects';

const TITLE_WORDS = `president chancellor premier minister spokesman spokeswoman spokesperson ambassador king queen pope
  mayor governor senator commissioner envoy`.split(/\s+/);
/** "the [two adjectives] title" at the end of a phrase. */
const TITLE_END = new RegExp(String.raw`(?:^|\s)the\s+(?:[\p{L}’'-]+\s+){0,2}?(${TITLE_WORDS.join('|')})$`, 'iu');
/** "the title [of …]" at the start of a phrase (after an inverted cue: "said the Chancellor"). */
const TITLE_START = new RegExp(String.raw`^the\s+(?:[\p{L}’'-]+\s+){0,2}?(${TITLE_WORDS.join('|')})\b`, 'iu');

/** How far back the introduction is looked for. */
const LOOKBACK = 5_000;

function introducedName(text: string, title: string, before: number): string | null {
  const from = Math.max(0, before - LOOKBACK);
  const window = text.slice(from, before);
  const re = new RegExp(String.raw`\b${title}\b,?\s+`, 'giu');
  let found: string | null = null;
  for (let m = re.exec(window); m; m = re.exec(window)) {
    const raw = nameStartingAt(text, from + m.index + m[0].length);
    const name = raw ? cleanName(raw) : '';
    if (name.includes(' ')) found = name; // the latest full name introduced with this title
  }
  return found;
}

/** The person a title phrase ending at `end` stands for, or null. */
export function titledPersonEndingAt(text: string, phrase: string, end: number): { name: string; cue: string } | null {
  const m = TITLE_END.exec(phrase);
  if (!m?.[1]) return null;
  const cue = phrase.slice(m.index).trim();
  const name = introducedName(text, m[1], end - cue.length);
  return name ? { name, cue } : null;
}

/** The person a title phrase starting at `start` stands for ("said the Chancellor"), or null. */
export function titledPersonStartingAt(text: string, phrase: string, start: number): { name: string; cue: string } | null {
  const m = TITLE_START.exec(phrase);
  if (!m?.[1]) return null;
  const name = introducedName(text, m[1], start);
  return name ? { name, cue: m[0] } : null;
}

/** A title phrase ending a cue's subject window ("the Ukrainian president"), as the person it stands for. */
export function titledSubject(text: string, window: string, end: number): Subject | null {
  const titled = titledPersonEndingAt(text, window.slice(-60), end);
  return titled && { kind: 'name', cue: titled.cue, name: titled.name, plural: false, start: end - titled.cue.length };
}

/** "argues my colleague Dr Jonas Berg", "said former minister Ben Wallace": a short description, then the name. */
export function describedName(text: string, phrase: string, s: number): Subject | null {
  const lead = /^(?:(?:my|our|his|her|their|former|veteran|fellow|retired|colleague|friend|analyst|lawmaker|minister|general)\s+){1,3}(?=\p{Lu})/u.exec(phrase);
  if (!lead) return null;
  const raw = nameStartingAt(text, s + lead[0].length);
  const name = raw ? cleanName(raw) : '';
  return raw && name.includes(' ') ? { kind: 'name', cue: lead[0] + raw, name, plural: false, start: s } : null;
}
