/**
 * From one parsed source document to statement records. Used for the bundled corpus and,
 * later, for transcripts a user imports (origin 'imported').
 */
import { splitSentences } from '../text/sentences';
import { STOLTENBERG, BLINKEN } from '../speakers';
import { nameTokens } from './names';
import { quotesBySpeaker, type NewsSpeaker } from './news';
import type { Statement, StatementOrigin } from './schema';
import type { SourceDocument } from './source';
import { type Paragraph, attributedParagraphs } from './turns';

export interface StatementOptions {
  /** 'bundled' for corpus/sources, 'imported' for a transcript the user adds. */
  origin?: StatementOrigin;
  /** Overrides the document id taken from the file name (e.g. to keep imported ids unique). */
  docId?: string;
}

/** Transcribers' notes that nobody said: "(Via interpreter)", "(Inaudible.)", "(Laughter.)". */
const STAGE_NOTE = /\((?:via interpreter|through interpreter|as interpreted|inaudible|laughter|applause|crosstalk|off-mic|off mic|in progress|audio feed lost)[^)]*\)/giu;

function withoutStageNotes(text: string): string {
  return text
    .replace(new RegExp(`\\s*${STAGE_NOTE.source}(?=\\s*[.,;:?!])`, 'giu'), '')
    .replace(STAGE_NOTE, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * False for what nobody said as a sentence: a stage direction wholly in parentheses
 * ("(The deposit … took place.)") or the cut-off end of a truncated page ("And when the").
 */
function isSpoken(text: string): boolean {
  if (!/\p{L}/u.test(text) || /^\(.*\)[.]?$/u.test(text)) return false;
  const ended = /[.?!…,;:—–-]["”’)\]]*$/u.test(text);
  return ended || text.split(/\s+/u).length >= 4;
}

/** "12.   We, the Heads of State…" → "We, the Heads of State…" */
function withoutParagraphNumber(text: string): string {
  return text.replace(/^\(?\d{1,3}[.)]\s+(?=\S)/u, '');
}

export function statementId(docId: string, ordinal: number): string {
  return `${docId}:${String(ordinal).padStart(4, '0')}`;
}

function newsSpeaker(name: string): NewsSpeaker {
  const aliases = [nameTokens(name).slice(1).join(" ")];
  if (name === STOLTENBERG) aliases.push('secretary general', 'nato chief');
  if (name === BLINKEN) aliases.push('secretary of state', 'secretary blinken');
  return { aliases: aliases.filter(Boolean) };
}

/** News stories keep only the quoted words the story gives to its speaker. */
function newsParagraphs(paragraphs: Paragraph[]): Paragraph[] {
  const state = { lastWasSpeaker: false };
  return paragraphs.flatMap((p) => {
    const who = newsSpeaker(p.ref.speaker);
    return quotesBySpeaker(p.text, who, state).map((text) => ({ ref: p.ref, text }));
  });
}

/**
 * One document's statements, one per sentence, attributed and numbered in document order.
 * Ids depend only on the document id and the position, so other documents never shift them.
 */
export function statementsFromDocument(doc: SourceDocument, options: StatementOptions = {}): Statement[] {
  const { header } = doc;
  const docId = options.docId ?? doc.docId;
  const paragraphs = attributedParagraphs(doc);
  const kept = header.kind.toLowerCase() === 'news-story' ? newsParagraphs(paragraphs) : paragraphs;
  const sentences = kept.flatMap((p) =>
    splitSentences(withoutStageNotes(p.text))
      .map((text) => withoutParagraphNumber(text))
      .filter(isSpoken)
      .map((text) => ({ ref: p.ref, text })),
  );
  return sentences.map(({ ref, text }, ordinal) => ({
    id: statementId(docId, ordinal),
    docId,
    ordinal,
    speaker: ref.speaker,
    role: ref.role,
    date: header.date,
    event: header.title,
    kind: header.kind,
    place: header.place,
    url: header.official_url ?? header.url,
    text,
    origin: options.origin ?? 'bundled',
  }));
}
