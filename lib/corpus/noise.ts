/**
 * Lines of a published page that nobody said: repeated titles, bylines, dates, places,
 * clock times, photo captions, web furniture. Recognised by shape, not by file.
 */

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATE_RE = new RegExp(
  `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b|\\b\\d{1,2}(?:-\\d{1,2})?\\s+${MONTH}\\s+\\d{4}\\b|\\b\\d{4}[/-]\\d{1,2}[/-]\\d{1,2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b`,
  'iu',
);
const TIME_RE = /\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\b/iu;

/** Lines that are page furniture wherever they appear. */
const FURNITURE: RegExp[] = [
  /^\((?:as delivered|as prepared|check against delivery|unofficial translation)[^)]*\)$/iu,
  /^\[[^\]]*\]$/u, // "[Remarks in English]", "[...]"
  /^(?:left to right|photo|image|credit|caption|file photo)\b.*:/iu,
  /^watch (?:the )?(?:video|live|now)\b/iu,
  /^(?:must read|sponsor(?:ed)?|share|print|email|tweet|read more|related|subscribe|advertisement)$/iu,
  /^an official website of the united states government$/iu,
  /^you are subscribed to\b/iu,
  /^(?:secure \.gov websites use https|here'?s how you know)/iu,
  /^\d+\s+min(?:ute)?s?\s+read$/iu,
  /^[•·*\-–]\s*(?:\||press release|issued on|last updated|\d)/iu,
  /^(?:press release|pr)\s*\(\d{4}\)/iu,
  /^(?:issued on|last updated|issued by)\b/iu,
  /^end\b[\s\d:.apmcestd]*$/iu,
  /^[-–—_*•·|]+$/u,
  /\bby\s*:\s*\S/iu, // "By : Mr. Derby Gong" (bylines of mirrored pages)
  /\bphoto(?:graph)?\s+(?:by|credit|courtesy)\b/iu, // "(Official State Department photo by …)"
];

/** A short line that only carries a date, a time or a dateline, e.g. "Brussels, Belgium March 4, 2022". */
function isDateLine(line: string): boolean {
  if (!DATE_RE.test(line) && !TIME_RE.test(line)) return false;
  const words = line.split(/\s+/u).length;
  // A caption or dateline that ends on a full date: "… holds a press conference in Brussels, November 29, 2023."
  if (words <= 20 && new RegExp(`(?:${DATE_RE.source})\\.?$`, 'iu').test(line)) return true;
  return words <= 12 && !/[.?!]["”’]?$/u.test(line.replace(/\b(?:[AP]\.M|D\.C|U\.S)\.$/iu, ''));
}

/** "WASHINGTON, D.C.", "Munich, Germany": a dateline place on its own line. */
const PLACE_RE = /^\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}(?:,\s*\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|,?\s+D\.\s?C\.)$/u;

export function isFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line)) || isDateLine(line) || PLACE_RE.test(line);
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The title printed again at the top of the text, whole or in part (e.g. without its press-release number). */
export function isTitleLine(line: string, title: string): boolean {
  const l = normalise(line);
  const t = normalise(title);
  if (!l || l.split(' ').length < 2) return false;
  return l === t || t.startsWith(l) || l.startsWith(t) || (l.length > 30 && t.includes(l));
}

/** True for text that ends like a sentence or a salutation, i.e. someone is talking. */
export function looksSpoken(line: string): boolean {
  return /[.?!…,:;]["”’)\]]*$/u.test(line.trim()) || line.trim().split(/\s+/u).length > 20;
}

const FUNCTION_WORD_END = /\b(?:the|of|and|to|a|an|in|for|our|that|with|is|are|on|by|from|as|at|but|or|their|its|this|we|i)$/iu;

/** A heading: a short capitalised line without end punctuation that does not run into the next line. */
export function isHeading(line: string, next: string | undefined): boolean {
  const text = line.trim();
  // Headings have no commas; "Secretary General, ladies and gentlemen" is a salutation.
  if (looksSpoken(text) || text.includes(',') || text.split(/\s+/u).length > 9 || !/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (FUNCTION_WORD_END.test(text)) return false;
  return next === undefined || !next.trim() || /^[\p{Lu}\p{N}“"‘(]/u.test(next.trim());
}

/** "with NATO Secretary General …", "Press conference by Jens Stoltenberg, …", "Statement by Secretary of State …". */
const BYLINE_RE = /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:by|with|of)\s+(?:the\s+)?(?:nato|u\.?s\.?|united states|secretary|jens|antony)\b/iu;

/** A dateline place such as "WASHINGTON, D.C." or "Munich, Germany": a few capitalised words. */
function isPlaceLine(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.length <= 5 && !/,$/u.test(text) && words.every((w) => /^[\p{Lu}(]/u.test(w)) && /^[\p{L}\s,.'’()-]+$/u.test(text);
}

/**
 * Preamble lines before anyone speaks: kind labels ("Joint press point"), "with NATO
 * Secretary General …", places. A line that runs on into the next line is text, not preamble.
 */
export function isPreambleLine(line: string, next: string | undefined): boolean {
  const text = line.trim();
  if (BYLINE_RE.test(text) || isPlaceLine(text)) return true;
  if (looksSpoken(text)) return false;
  const runsOn = FUNCTION_WORD_END.test(text) || /^\p{Ll}/u.test(next?.trim() ?? '');
  return !runsOn;
}
