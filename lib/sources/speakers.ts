/**
 * Speaker names as a user types them, mapped to the corpus's canonical names when they name a
 * corpus speaker ("Stoltenberg", "Secretary Blinken"), so attribution and speaker labels treat
 * an imported transcript exactly like a bundled one. Anyone else keeps the name as typed.
 */
import { BLINKEN, CORPUS_SPEAKERS, STOLTENBERG } from '../speakers';
import { nameTokens } from '../corpus/names';

const PEOPLE: Record<string, string> = { stoltenberg: STOLTENBERG, blinken: BLINKEN };
/** Words that may stand beside a corpus person's surname without naming someone else. */
const TITLE_WORDS = new Set(['nato', 'secretary', 'general', 'of', 'state', 'us', 'u', 's', 'mr', 'the', 'sg']);

export function canonicalSpeaker(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  const exact = CORPUS_SPEAKERS.find((s) => s.toLowerCase() === trimmed.toLowerCase());
  if (exact) return exact;
  const tokens = nameTokens(trimmed);
  for (const [surname, person] of Object.entries(PEOPLE)) {
    if (!tokens.includes(surname)) continue;
    const own = new Set([...nameTokens(person), 'tony']);
    if (tokens.every((t) => own.has(t) || TITLE_WORDS.has(t))) return person;
  }
  return trimmed;
}

/** The header's speaker line ("A; B") with each name made canonical. */
export function canonicalSpeakerLine(line: string): string {
  return line
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(canonicalSpeaker)
    .join('; ');
}
