// Page-side names and roles for the corpus speakers. Everything a page may call them maps to
// the canonical names of lib/speakers.ts; anyone else is kept as the page writes them.
import { BLINKEN, NAC, NATO_LEADERS, STOLTENBERG } from '../speakers';

/** Marker for an unnamed source ("a Western official"): a speaker cue, but no name. */
export const UNNAMED = '';

type RoleRule = [RegExp, string];

/** Roles matched at the END of the words before a cue verb (lower-cased, straight apostrophes). */
export const ROLE_RULES: RoleRule[] = [
  [/(?:^|\s)(?:the\s+)?(?:nato|alliance|military alliance|alliance's|nato's)\s+(?:chief|head|boss|secretary[- ]general|leader(?!s))$/, STOLTENBERG],
  [/(?:^|\s)(?:the\s+)?(?:nato\s+)?secretary[- ]general(?:\s+of\s+nato)?$/, STOLTENBERG],
  [/(?:^|\s)the\s+(?:alliance|organi[sz]ation|bloc)'s\s+(?:head|chief|leader)$/, STOLTENBERG],
  [/(?:^|\s)(?:the\s+)?(?:(?:us|u\.s\.|american|united states)\s+)?secretary\s+of\s+state$/, BLINKEN],
  [/(?:^|\s)(?:america|the us|the u\.s\.|the united states|washington)'s\s+top\s+diplomat$/, BLINKEN],
  [/(?:^|\s)the\s+top\s+(?:us|u\.s\.|american)\s+diplomat$/, BLINKEN],
  [/(?:^|\s)(?:the\s+)?north\s+atlantic\s+council$/, NAC],
  [/(?:^|\s)(?:the\s+)?(?:nato|allied|alliance|nato's|alliance's|the)\s+(?:leaders|heads of state and government|heads of state)$/, NATO_LEADERS],
  [/(?:^|\s)(?:the\s+)?(?:nato\s+)?allies$/, NATO_LEADERS],
  [/(?:^|\s)the\s+(?:(?:joint|summit|leaders'|final|madrid|vilnius)\s+)*(?:declaration|communiqu[eé]|statement)$/, NATO_LEADERS],
];

/** Unnamed sources: "a senior EU official", "officials", "a spokesperson". */
export const UNNAMED_RULE =
  /(?:^|\s)(?:(?:a|an|the|one|two|three|several|other|some|senior|western|top|us|u\.s\.|eu|european|american|russian|ukrainian|chinese|british|french|german|white house|administration|defen[cs]e|military|government|intelligence|diplomatic|nato|alliance|allied)\s+)*(?:official|officials|spokesperson|spokesman|spokeswoman|diplomat|diplomats|source|sources|analyst|analysts|aide|aides|expert|experts|observer|observers|insider|insiders|critics|opponents|supporters|protesters|residents|witnesses|lawmakers|legislators|commentators)$/i;

/** The organisation itself ("Nato says", "the alliance said"). */
export const ORG_RULE = /(?:^|\s)(?:nato|the alliance|the military alliance|the organi[sz]ation|the bloc)$/;

const NAME_ALIASES: RoleRule[] = [
  [/\bstoltenberg\b/, STOLTENBERG],
  [/\bblinken\b/, BLINKEN],
  [/\bnorth atlantic council\b/, NAC],
  [/\bheads of state and government\b/, NATO_LEADERS],
];

export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

const canonicalCache = new Map<string, string | null>();

/** Canonical corpus speaker for a name or role as written, or null. Memoised: pages repeat names. */
export function canonicalSpeaker(nameOrRole: string): string | null {
  const cached = canonicalCache.get(nameOrRole);
  if (cached !== undefined) return cached;
  if (canonicalCache.size > 5_000) canonicalCache.clear();
  const speaker = lookupSpeaker(nameOrRole);
  canonicalCache.set(nameOrRole, speaker);
  return speaker;
}

function lookupSpeaker(nameOrRole: string): string | null {
  const key = normaliseName(nameOrRole);
  for (const [re, speaker] of NAME_ALIASES) if (re.test(key)) return speaker;
  for (const [re, speaker] of ROLE_RULES) if (re.test(key)) return speaker;
  return null;
}

/** A collective statement by NATO: the summit leaders when the context says so, else the Council. */
export function natoStatementSpeaker(context: string): string {
  return /\b(?:leaders|summit|heads of state)\b/i.test(context) ? NATO_LEADERS : NAC;
}
