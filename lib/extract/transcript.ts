// Transcript pages name the speaker with a label at the start of a paragraph
// ("SECRETARY BLINKEN:  Jens, thank you…") and put no quote marks around the speech.
// Each paragraph of a turn is reported as a statement by the labelled speaker.
import { countWords, isUpper, trimRange } from './chars';
import type { Paragraph } from './paragraphs';
import type { RawSpan } from './spans';

const UPPER_LABEL = /^((?:[A-Z][A-Z.'’-]*\s+){0,5}[A-Z][A-Z.'’-]{1,})(?:\s*\([^)\n]{1,60}\))?\s*:\s+/;
const NAME_LABEL = /^((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3})(?:\s*\([^)\n]{1,60}\))?\s*:\s+/u;
const NOT_SPEAKERS = /^(?:note|editor|update|updated|photo|photos|by|source|credit|credits|read|related|tags|share|posted|watch|listen|see|also|virin|caption|image|video|file|copyright|subscribe|advertisement|disclaimer|correction|summary|contents|date|time|location|place|subject|topics?)\b/i;

interface Label {
  speaker: string;
  textStart: number;
}

function labelAt(text: string, para: Paragraph): Label | null {
  const colon = text.indexOf(':', para.start);
  if (colon < 0 || colon > para.start + 120 || colon > para.end || !isUpper(text[para.start])) return null;
  const head = text.slice(para.start, Math.min(para.end, para.start + 120));
  const match = UPPER_LABEL.exec(head) ?? NAME_LABEL.exec(head);
  if (!match || !match[1] || NOT_SPEAKERS.test(match[1])) return null;
  return { speaker: match[1].trim(), textStart: para.start + match[0].length };
}

/** Speech, not a heading or a link: whole words ending in sentence punctuation. */
function isSpeech(text: string, start: number, end: number): boolean {
  const [s, e] = trimRange(text, start, end);
  return e > s && countWords(text.slice(s, e)) >= 4 && /[.!?…:"”’)]$/.test(text.slice(s, e));
}

export function findTranscriptTurns(text: string, paragraphs: Paragraph[], firstChain: number): RawSpan[] {
  const labels = paragraphs.map((p) => labelAt(text, p));
  const speakingLabels = labels.filter((l, i) => l && isSpeech(text, l.textStart, paragraphs[i]!.end));
  if (speakingLabels.length < 2) return []; // one "Name: …" line does not make a transcript
  const spans: RawSpan[] = [];
  let current: { speaker: string; chain: number } | null = null;
  let chain = firstChain;
  paragraphs.forEach((para, i) => {
    const label = labels[i];
    if (!label && !current) return;
    const start = label ? label.textStart : para.start;
    if (!isSpeech(text, start, para.end)) {
      current = null; // a heading, caption or link ends the turn
      return;
    }
    if (label) current = { speaker: label.speaker, chain: chain++ };
    if (!current) return;
    const [s, e] = trimRange(text, start, para.end);
    spans.push({ start: s, end: e, open: -1, close: -1, origin: 'transcript', chain: current.chain, presetSpeaker: current.speaker });
  });
  return spans;
}
