// Who a cue verb's subject is: a pronoun, a role, an organisation, an unnamed source or a name.
import { canonicalSpeaker, natoStatementSpeaker, normaliseName, ORG_RULE, ROLE_RULES, UNNAMED, UNNAMED_RULE } from './aliases';
import { NAC } from '../speakers';
import { isLetter, isSpace } from './chars';
import { BETWEEN_SUBJECT_AND_VERB } from './cue-words';
import { cleanName, nameEndingAt, nameStartingAt } from './names';
import { demonymEndingAt, demonymOpening } from './demonyms';
import { isPlace } from './places';
import { describedName, titledPersonStartingAt, titledSubject } from './titled';

export type SubjectKind = 'name' | 'role' | 'org' | 'unnamed' | 'pronoun';

export interface Subject {
  kind: SubjectKind;
  /** As written on the page ("the NATO chief", "he", "German Chancellor Olaf Scholz"). */
  cue: string;
  /** Person name (titles removed) or canonical speaker; UNNAMED for unnamed sources; pronoun text for pronouns. */
  name: string;
  plural: boolean;
  /** Where the subject starts in the text. */
  start: number;
}

const PRONOUN_END = /(?:^|[^\p{L}])(he|she|they|we|i)$/iu;
const STATEMENT_WORDS = ['statement', 'declaration', 'communique', 'communiqué'];
const STATEMENT_END = /(?:issued|released|published|put out|said in|in)\s+(?:a|an|its|their|the)?\s*(?:joint\s+|written\s+|short\s+)?(?:statement|declaration|communiqu[eé])$/i;

function wordBefore(text: string, end: number): [number, string] {
  let s = end;
  while (s > 0 && !isSpace(text[s - 1]) && end - s < 30) s--;
  return [s, text.slice(s, end)];
}

function skipBack(text: string, pos: number, floor: number): number {
  let e = pos;
  while (e > floor && isSpace(text[e - 1])) e--;
  return e;
}

/** The subject written just before a cue verb at `verbStart`, looking back no further than `floor`. */
export function subjectBefore(text: string, verbStart: number, floor: number, context: () => string): Subject | null {
  let end = skipBack(text, verbStart, floor);
  if (text[end - 1] === ')') {
    const open = text.lastIndexOf('(', end - 1); // "Stoltenberg (pictured) said"
    if (open >= floor && end - open < 40) end = skipBack(text, open, floor);
  }
  for (let k = 0; k < 3 && end > floor; k++) {
    const [s, word] = wordBefore(text, end);
    if (!BETWEEN_SUBJECT_AND_VERB.has((word.endsWith(',') ? word.slice(0, -1) : word).toLowerCase())) break;
    end = skipBack(text, s, floor);
  }
  if (/(?:^|\s)who$/i.test(text.slice(Math.max(floor, end - 5), end))) {
    const comma = skipBack(text, end - 3, floor); // "Biden, who said …": the name before the comma
    if (text[comma - 1] === ',') end = skipBack(text, comma - 1, floor);
  }
  const window = text.slice(Math.max(floor, end - 100), end);
  const statement = STATEMENT_WORDS.some((w) => window.endsWith(w)) ? STATEMENT_END.exec(window) : null;
  if (statement) {
    const subject = subjectBefore(text, end - statement[0].length, floor, context);
    return subject && declared(subject, context);
  }
  if (window.endsWith(',')) {
    // "The minister, Catherine Colonna, for her part said": the name closing an apposition.
    const named = nameSubject(text, end - 1);
    if (named?.kind === 'name') return named;
  }
  if (THE_COUNCIL.test(window) && /north atlantic council/i.test(context())) {
    return { kind: 'role', cue: 'the council', name: NAC, plural: false, start: end - 11 }; // "the council said"
  }
  const subject = subjectEndingAt(text, window, end);
  if (subject || !window.endsWith(',')) return subject;
  return appositiveSubject(text, window, end);
}

/** "the council said" on a page about the North Atlantic Council. */
const THE_COUNCIL = /(?:^|\s)the\s+(?:alliance['’]s\s+)?(?:ruling\s+|governing\s+)?council$/i;

/** "Dmytro Kuleba, Ukraine's foreign minister, said": the name before the comma-delimited role. */
function appositiveSubject(text: string, window: string, end: number): Subject | null {
  const comma = window.lastIndexOf(',', window.length - 2);
  if (comma < 0 || window.length - comma > 70) return null;
  const nameEnd = end - (window.length - comma);
  const subject = subjectEndingAt(text, window.slice(0, comma), nameEnd);
  return subject && (subject.kind === 'name' || subject.kind === 'role') ? subject : null;
}

/** Last words of every role, organisation and unnamed-source phrase: a cheap filter before the regexes. */
const PHRASE_ENDINGS = new Set(
  `chief head boss general secretary-general leader leaders state diplomat council government allies declaration
  communique communiqué statement nato alliance organisation organization bloc official officials spokesperson
  spokesman spokeswoman diplomats source sources analyst analysts aide aides expert experts observer observers insider
  insiders critics opponents supporters protesters residents witnesses lawmakers legislators commentators`.split(/\s+/),
);

/** The last word of `window` (letters and hyphens), lower-cased, skipping trailing punctuation. */
function lastWord(window: string): string {
  let end = window.length;
  while (end > 0 && !isLetter(window[end - 1]) && window[end - 1] !== '-' && window.length - end < 4) end--;
  let start = end;
  while (start > 0 && (isLetter(window[start - 1]) || window[start - 1] === '-') && end - start < 30) start--;
  return window.slice(start, end).toLowerCase();
}

function subjectEndingAt(text: string, window: string, end: number): Subject | null {
  const demonym = demonymEndingAt(window, end);
  if (demonym) return demonym;
  const last = lastWord(window);
  if (last === 'he' || last === 'she' || last === 'they' || last === 'we' || last === 'i') {
    const pronoun = PRONOUN_END.exec(window.slice(-6).toLowerCase());
    if (pronoun?.[1]) {
      const word = pronoun[1];
      return { kind: 'pronoun', cue: window.slice(-word.length), name: word, plural: word === 'they' || word === 'we', start: end - word.length };
    }
  }
  const subject = PHRASE_ENDINGS.has(last) ? phraseSubject(text, window, end) : nameSubject(text, end);
  return subject ?? titledSubject(text, window, end);
}


function nameSubject(text: string, end: number): Subject | null {
  const raw = nameEndingAt(text, end);
  const name = raw ? cleanName(raw) : '';
  // "Moscow warned …": reported speech, but no person to name.
  if (raw && !name && isPlace(raw)) return { kind: 'unnamed', cue: raw, name: UNNAMED, plural: false, start: end - raw.length };
  if (!raw || !name) return null;
  return { kind: 'name', cue: raw, name, plural: false, start: end - raw.length };
}

function phraseSubject(text: string, window: string, end: number): Subject | null {
  const lower = normaliseName(window.slice(-70));
  for (const [re, speaker] of ROLE_RULES) {
    const m = re.exec(lower);
    if (m) return role('role', window, m[0], speaker, end, /s$/.test(m[0]));
  }
  const org = ORG_RULE.exec(lower);
  if (org) return role('org', window, org[0], 'NATO', end, false);
  const unnamed = UNNAMED_RULE.exec(lower);
  if (unnamed) return role('unnamed', window, unnamed[0], UNNAMED, end, /s$/.test(unnamed[0]));
  return nameSubject(text, end);
}

function role(kind: SubjectKind, window: string, matched: string, name: string, end: number, plural: boolean): Subject {
  const cue = window.slice(window.length - matched.trimStart().length);
  return { kind, cue, name, plural, start: end - cue.length };
}

/** "the organisation issued a statement", "they said in a joint statement": a NATO statement. */
export function declared(subject: Subject, context: () => string): Subject {
  const collective = subject.kind === 'org' || (subject.kind === 'pronoun' && subject.plural) || (subject.kind === 'unnamed' && subject.plural);
  if (!collective || !/\b(?:nato|alliance|allies|allied)\b/i.test(context())) return subject;
  const name = subject.kind === 'org' ? natoStatementSpeaker(context()) : canonicalSpeaker('heads of state and government')!;
  return { ...subject, kind: 'role', name };
}

/** The subject written just after an invertible cue ("said Stoltenberg", "according to the NATO chief"). */
export function subjectAfter(text: string, verbEnd: number, ceiling: number): Subject | null {
  let s = verbEnd;
  while (s < ceiling && isSpace(text[s])) s++;
  const phrase = /^[^,.;:!?\n\ue000—–()"“”]{1,80}/.exec(text.slice(s, Math.min(ceiling, s + 80)))?.[0] ?? '';
  const words = phrase.trim().split(/\s+/).slice(0, 7);
  for (let n = words.length; n > 0; n--) {
    const candidate = words.slice(0, n).join(' ');
    const lower = normaliseName(candidate);
    for (const [re, speaker] of ROLE_RULES) {
      if (re.exec(lower)?.index === 0) return { kind: 'role', cue: candidate, name: speaker, plural: /s$/.test(lower), start: s };
    }
    if (UNNAMED_RULE.exec(lower)?.index === 0 && /^(?:a|an|the|one|two|several|some|senior|western)\b/.test(lower)) {
      return { kind: 'unnamed', cue: candidate, name: UNNAMED, plural: /s$/.test(lower), start: s };
    }
  }
  const raw = nameStartingAt(text, s);
  const name = raw ? cleanName(raw) : '';
  if (raw && name) return { kind: 'name', cue: raw, name, plural: false, start: s };
  const titled = titledPersonStartingAt(text, phrase.trim(), s);
  if (titled) return { kind: 'name', cue: titled.cue, name: titled.name, plural: false, start: s };
  return describedName(text, phrase, s);
}

/** Cheap pre-check: role phrases start with one of these words. */
const ROLE_START_RE =
  /^(?:the\s+)?(?:nato|alliance|military|secretary|us|u\.s\.|american|united|top|north|allied|leaders|heads|allies|joint|summit|declaration|communiqu|organi[sz]ation|bloc|america|washington|final|madrid|vilnius)/i;

/** A role phrase at the very start of `head`, followed by a lower-case word ("The secretary general also said"). */
function roleAtStart(words: string[], lower: string[], re: RegExp): string | null {
  for (let n = words.length - 1; n > 0; n--) {
    if (!/^\p{Ll}/u.test(words[n] ?? '')) continue;
    if (re.exec(lower.slice(0, n).join(' '))?.index === 0) return words.slice(0, n).join(' ');
  }
  return null;
}

/** The subject that starts a sentence ("Stoltenberg went on to claim…"), if it is a name or role. */
export function sentenceSubject(text: string, start: number, end: number): Subject | null {
  const raw = nameStartingAt(text, start);
  if (raw && !/[’']s$/.test(raw)) {
    const name = cleanName(raw);
    if (name && /^(?:\s+\p{Ll}|,\s)/u.test(text.slice(start + raw.length, start + raw.length + 3))) {
      return { kind: 'name', cue: raw, name, plural: false, start };
    }
  }
  const head = text.slice(start, Math.min(end, start + 60));
  const demonym = demonymOpening(head, start);
  if (demonym) return demonym;
  if (ROLE_START_RE.test(head)) {
    const words = head.split(/\s+/).slice(0, 6);
    if (!words.some((w) => PHRASE_ENDINGS.has(w.toLowerCase().replace(/[^\p{L}-]/gu, '')))) return null;
    const lower = words.map(normaliseName);
    for (const [re, speaker] of ROLE_RULES) {
      const cue = roleAtStart(words, lower, re);
      if (cue) return { kind: 'role', cue, name: speaker, plural: /s$/.test(cue), start };
    }
  }
  const pronoun = /^(He|She|They)\s+\p{Ll}/u.exec(head);
  if (pronoun?.[1]) return { kind: 'pronoun', cue: pronoun[1], name: pronoun[1].toLowerCase(), plural: pronoun[1] === 'They', start };
  return null;
}
