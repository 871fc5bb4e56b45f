// Does the page credit the quote to the person (or body) the source says spoke it?
// Claimed names arrive canonical (lib/speakers.ts) or as written ("Mr Stoltenberg", "NATO").
import { BLINKEN, NAC, NATO_LEADERS, STOLTENBERG } from '../speakers';
import { foldChars } from '../text/normalise';
import type { Attribution } from './types';

/** NATO as an institution: summit declarations and Council statements speak for it. */
const NATO_BODY = 'nato-institution';

const PERSON_KEYS: Array<[RegExp, string]> = [
  [/\bstoltenberg\b|\bnato (?:chief|head|boss)\b|\bnato secretary[- ]general\b|^(?:the )?secretary[- ]general$/, STOLTENBERG],
  [/\bblinken\b|^(?:the )?(?:us |u s )?secretary of state$|\bsecstate\b/, BLINKEN],
];
const INSTITUTION = /\b(?:nato|north atlantic council|allies|alliance|heads of state|summit|declaration|communique)\b/;

const keyCache = new Map<string, string>();

/** A comparable key for a speaker name: a canonical person, NATO as a body, or the folded name. */
export function speakerKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    if (keyCache.size > 10_000) keyCache.clear();
    key = computeSpeakerKey(name);
    keyCache.set(name, key);
  }
  return key;
}

function computeSpeakerKey(name: string): string {
  if (name === NATO_LEADERS || name === NAC) return NATO_BODY;
  const folded = foldChars(name).replace(/[^\p{L}\p{N}' -]/gu, ' ').replace(/\s+/g, ' ').trim();
  for (const [pattern, canonical] of PERSON_KEYS) if (pattern.test(folded)) return canonical;
  if (INSTITUTION.test(folded)) return NATO_BODY;
  return folded;
}

function surname(key: string): string {
  return key.split(' ').pop() ?? key;
}

/** Compares the page's claimed speaker with the source's. */
export function attributionFor(claimed: string | null, sourceSpeaker: string): Attribution {
  if (claimed === null || claimed.trim() === '') return 'unattributed';
  const a = speakerKey(claimed);
  const b = speakerKey(sourceSpeaker);
  if (a === b) return 'agrees';
  // Other people in joint transcripts: "Biden" vs "Joseph R. Biden".
  const personal = a !== NATO_BODY && b !== NATO_BODY;
  return personal && surname(foldChars(a)) === surname(foldChars(b)) ? 'agrees' : 'differs';
}
