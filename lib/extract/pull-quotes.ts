// Pull quotes: a short standalone paragraph of speech followed by a line that only names
// the speaker ("— Jens Stoltenberg" or "Jens Stoltenberg, NATO Secretary General").
import { countWords, trimRange } from './chars';
import { LIMITS } from './limits';
import type { Paragraph } from './paragraphs';
import { isQuoteGlyph } from './quote-marks';
import type { RawSpan } from './spans';

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’.-]+|de|van|von|der|da|di|al|bin|la|le)){1,3}`;
const DASHED_LINE = new RegExp(String.raw`^[—–-]{1,2}\s*(${NAME})\s*(?:,\s*[^.!?]{1,100})?$`, 'u');
const TITLED_LINE = new RegExp(String.raw`^(${NAME})\s*,\s*(\p{Lu}[^.!?]{1,100})$`, 'u');
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My|me|you|You|your)\b/;

/** The speaker named by a name line, or null when the line is something else. */
export function nameLine(line: string): string | null {
  if (line.length > 140 || countWords(line) > 16) return null;
  const dashed = DASHED_LINE.exec(line);
  if (dashed?.[1]) return dashed[1];
  const titled = TITLED_LINE.exec(line);
  return titled?.[1] ?? null;
}

function stripMarks(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isQuoteGlyph(text[s])) s++;
  while (e > s && isQuoteGlyph(text[e - 1])) e--;
  return trimRange(text, s, e);
}

export function findPullQuotes(text: string, paragraphs: Paragraph[]): RawSpan[] {
  const spans: RawSpan[] = [];
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const para = paragraphs[i]!;
    const next = paragraphs[i + 1]!;
    if (para.end - para.start > LIMITS.maxPullQuoteChars || next.end - next.start > 140) continue;
    const speaker = nameLine(text.slice(next.start, next.end));
    if (!speaker) continue;
    const [s, e] = stripMarks(text, para.start, para.end);
    const body = text.slice(s, e);
    const dashed = /^[—–-]/.test(text[next.start] ?? '');
    if (countWords(body) < 4 || !/[.!?…]$/.test(body)) continue;
    if (!dashed && !FIRST_PERSON.test(body)) continue; // a caption followed by a credit line is not speech
    spans.push({ start: s, end: e, open: -1, close: -1, origin: 'pull', presetSpeaker: speaker });
  }
  return spans;
}
