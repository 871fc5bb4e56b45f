// "The Norwegian, 63, added:", "The American also paid tribute": a nationality standing for
// the person just named. Treated like "he": resolved to the last person named before.
import type { Subject } from './subjects';

/** Nationality adjectives and nouns: "the Norwegian, 63, added" refers back to a person named before. */
const DEMONYMS = new Set(
  `norwegian american british briton german french frenchman frenchwoman russian ukrainian polish pole finn finnish
  swede swedish dane danish estonian latvian lithuanian turk turkish hungarian romanian italian spaniard spanish
  japanese korean canadian georgian belgian dutchman dutch czech slovak austrian swiss chinese`.split(/\s+/),
);

/** "the [former] Norwegian[, 63,]" ending a phrase before a cue verb. */
const DEMONYM_END = /(?:^|\s)(the\s+(?:former\s+|veteran\s+)?(\p{L}+))(?:,\s*\d{1,3}\s*,?)?\s*$/iu;
/** "The Norwegian was careful…" opening a sentence. */
const DEMONYM_OPENING = /^The\s+(?:former\s+|veteran\s+)?(\p{L}+)(?:,\s*\d{1,3},)?\s+\p{Ll}/u;

function backReference(cue: string, start: number): Subject {
  return { kind: 'pronoun', cue, name: 'he', plural: false, start };
}

export function demonymEndingAt(window: string, end: number): Subject | null {
  const m = DEMONYM_END.exec(window);
  if (!m?.[1] || !m[2] || !DEMONYMS.has(m[2].toLowerCase())) return null;
  return backReference(m[1], end - (window.length - m.index));
}

/** "The former Norwegian prime minister": a description with a title, not a bare nationality. */
const TITLE_AFTER = /\s(?:prime|foreign|defen[cs]e|finance|minister|president|chancellor|diplomat|leader|official|general|secretary|ambassador|envoy|chief|head)\b/iu;

export function demonymOpening(head: string, start: number): Subject | null {
  const m = DEMONYM_OPENING.exec(head);
  if (!m?.[1] || !DEMONYMS.has(m[1].toLowerCase()) || TITLE_AFTER.test(head.slice(m[0].length - 2, m[0].length + 20))) return null;
  return backReference(m[0].replace(/\s+\p{Ll}$/u, ''), start);
}
