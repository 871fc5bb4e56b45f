// Person names as pages write them: capitalised words, minus titles ("German Chancellor Olaf
// Scholz" → "Olaf Scholz"), widened to the full name the page gave earlier ("Biden" → "Joe Biden").
import { isSpace, isUpper, isWordChar } from './chars';
import { isPlace } from './places';

const TOKEN_RE = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.)$/u;
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'al', 'bin', 'la', 'le', 'del', 'dos', 'ter']);
const TITLES = new Set(
  `mr mrs ms dr sir dame lord lady president vice prime minister chancellor foreign defence defense secretary general
  secretary-general ambassador senator sen rep gov governor representative king queen prince princess chief spokesman
  spokeswoman spokesperson commissioner deputy chairman chairwoman chair leader premier mayor pope admiral adm col lt maj
  capt sgt state federal army navy head director professor prof minister-president high nato eu un us u.s. uk
  u. s. congressman congresswoman speaker justice judge foreign-minister economy finance interior`.split(/\s+/),
);
/** Capitalised words that start sentences but are not names. */
const NOT_NAMES = new Set(
  `the a an and but so then in on at as when while yet also meanwhile however last this that these those earlier later
  it its he she they we i his her their our my you your there here what which who why how if after before since
  during with without for from to of by asked speaking addressing according mr. ms. mrs. dr. monday tuesday wednesday
  thursday friday saturday sunday today yesterday tomorrow one two three four five six seven eight nine ten some many
  most all both each every no not nor or any eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million
  millions billion billions dozens half`.split(/\s+/),
);
const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** A word ending in a period that is not an initial or a short title ("J.", "Mr.", "U.S."). */
function endsSentence(token: string): boolean {
  return token.endsWith('.') && token.length > 2 && !TITLES.has(token.toLowerCase()) && !/^(?:\p{Lu}\.)+$/u.test(token) && !/^(?:mr|mrs|ms|dr|st|sen|rep|gov|gen|lt|col)\.$/i.test(token);
}

function isNameToken(token: string): boolean {
  return TOKEN_RE.test(token) && !NOT_NAMES.has(token.toLowerCase());
}

/** Capitalised words ending exactly at `end` (backwards, at most 7 words). */
export function nameEndingAt(text: string, end: number): string | null {
  const tokens: string[] = [];
  let e = end;
  while (tokens.length < 7) {
    let s = e;
    while (s > 0 && !isSpace(text[s - 1]) && e - s < 30) s--;
    const token = text.slice(s, e);
    if (!(isNameToken(token) || (tokens.length > 0 && PARTICLES.has(token)))) break;
    if (tokens.length > 0 && endsSentence(token)) break; // "…Ukraine. Mr Biden": not one name
    tokens.unshift(token);
    e = s;
    while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\u00a0') && end - e < 120) e--;
    if (e === s) break;
  }
  while (tokens.length > 0 && PARTICLES.has(tokens[0]!)) tokens.shift();
  return tokens.length > 0 ? tokens.join(' ') : null;
}

/** Capitalised words starting exactly at `start` (forwards, at most 7 words). */
export function nameStartingAt(text: string, start: number): string | null {
  const tokens: string[] = [];
  let s = start;
  while (tokens.length < 7 && s < text.length) {
    let e = s;
    while (e < text.length && !isSpace(text[e]) && e - s < 30) e++;
    let token = text.slice(s, e);
    const trailing = /[,;:!?]+$/.exec(token);
    if (trailing) token = token.slice(0, -trailing[0].length);
    if (!(isNameToken(token) || (tokens.length > 0 && PARTICLES.has(token)))) break;
    tokens.push(token);
    if (trailing || !text[e] || !isSpace(text[e])) break;
    s = e + 1;
  }
  while (tokens.length > 0 && PARTICLES.has(tokens[tokens.length - 1]!)) tokens.pop();
  return tokens.length > 0 ? tokens.join(' ') : null;
}

const cleanCache = new Map<string, string>();

/** Drop titles before the name and possessives/suffixes after it; '' when nothing personal is left. Memoised. */
export function cleanName(raw: string): string {
  const cached = cleanCache.get(raw);
  if (cached !== undefined) return cached;
  if (cleanCache.size > 5_000) cleanCache.clear();
  const name = stripTitles(raw);
  cleanCache.set(raw, name);
  return name;
}

function stripTitles(raw: string): string {
  let tokens = raw.replace(/[’']s$/, '').split(/\s+/).filter(Boolean);
  // "Ukraine's Volodymyr Zelensky", "Russia’s Sergei Lavrov": the person follows the possessive.
  const possessive = tokens.findLastIndex((t, i) => i < tokens.length - 1 && /[’']s$/.test(t));
  if (possessive >= 0) tokens = tokens.slice(possessive + 1);
  let lastTitle = -1;
  tokens.forEach((t, i) => {
    if (TITLES.has(t.toLowerCase()) && i < tokens.length - 1) lastTitle = i;
  });
  tokens = tokens.slice(lastTitle + 1);
  while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1]!.toLowerCase())) tokens.pop();
  if (tokens.length === 1 && TITLES.has(tokens[0]!.toLowerCase()) && !isAcronym(tokens[0]!)) return '';
  const name = tokens.join(' ').replace(/[.,]$/, '');
  return isPlace(name) ? '' : name;
}

function isAcronym(token: string): boolean {
  return token.length > 1 && [...token].every((c) => isUpper(c) || c === '.');
}

/** How far back, and how many mentions, a surname is looked up for its full name (bounded work). */
const LOOKBACK_CHARS = 50_000;
const LOOKBACK_MENTIONS = 30;

/**
 * Full names the page gives, looked up lazily by surname: "Biden" → "Joe Biden" when the page
 * wrote "Joe Biden" before. Searched backwards from the first use, bounded, and cached.
 */
export class NameRegistry {
  private readonly firstFull = new Map<string, { full: string; pos: number } | null>();

  constructor(private readonly text: string) {}

  widen(name: string, pos: number): string {
    if (name.includes(' ') || name.length < 2 || isAcronym(name)) return name;
    let known = this.firstFull.get(name);
    if (known === undefined) {
      known = this.lookup(name, pos);
      this.firstFull.set(name, known);
    }
    return known && known.pos < pos ? known.full : name;
  }

  private lookup(surname: string, before: number): { full: string; pos: number } | null {
    let found: { full: string; pos: number } | null = null;
    const floor = Math.max(0, before - LOOKBACK_CHARS);
    let at = this.text.lastIndexOf(surname, before - 1);
    for (let n = 0; at >= floor && n < LOOKBACK_MENTIONS; n++, at = this.text.lastIndexOf(surname, at - 1)) {
      const end = at + surname.length;
      if (isWordChar(this.text[end]) || !isSpace(this.text[at - 1])) continue;
      if (/^\s+\p{Lu}/u.test(this.text.slice(end, end + 3))) continue; // inside a Title Case headline
      const raw = nameEndingAt(this.text, end);
      const full = raw ? cleanName(raw) : '';
      if (full.includes(' ') && full.endsWith(surname)) found = { full, pos: at }; // keep the earliest
      if (at === 0) break;
    }
    return found;
  }
}
