/**
 * Walks a document's lines and groups them into paragraphs, each attributed to whoever is
 * speaking: the header speaker in single-speaker documents, the latest speaker label
 * otherwise. Text before the first label of a joint event is kept only when the page says
 * whose it is.
 */
import { STOLTENBERG } from '../speakers';
import { ISSUING_BODIES, knownRole } from './bodies';
import { parseLabelLine } from './label-line';
import { type LabelContext, type SpeakerRef, speakerFromLabel } from './labels';
import { isFurniture, isHeading, isPreambleLine, isTitleLine } from './noise';
import type { SourceDocument } from './source';

export interface Paragraph {
  ref: SpeakerRef;
  text: string;
}

const AS_DELIVERED_BY = /^\((?:as delivered|as prepared for delivery)\s*(?:by|[-–—:])\s*(.+)\)$/iu;
const BULLET = /^[•·*–-]\s+/u;
const WRITTEN_KINDS = new Set(['declaration', 'statement', 'communique', 'communiqué']);

const INLINE_FURNITURE = /^(?:[\s•·|–-]*(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|press release\s*\(\d{4}\)(?:\s*\d+)?|pr\s*\(\d{4}\)\s*\d*))+[\s•·|–-]*/iu;

/** The text after a title that starts the line, without inline dates and release numbers. */
function afterTitle(line: string, title: string): string {
  if (line.length < title.length + 40) return '';
  const rest = line.slice(title.length).replace(INLINE_FURNITURE, '').trim();
  return /^[\p{Lu}\p{N}“"]/u.test(rest) ? rest : '';
}

/** Whom the text before any label belongs to, or null when that is not clear. */
function openingSpeaker(doc: SourceDocument): SpeakerRef | null {
  const [first] = doc.speakers;
  if (doc.speakers.length === 1 && first) return { speaker: first, role: knownRole(first) };
  // nato.int transcripts open with the Secretary General's own remarks; others speak after a label.
  const host = /^https?:\/\/(?:www\.)?nato\.int\//iu.test(doc.header.official_url ?? doc.header.url);
  if (host && doc.speakers.includes(STOLTENBERG)) return { speaker: STOLTENBERG, role: knownRole(STOLTENBERG) };
  return null;
}

/**
 * Written texts of an issuing body (a declaration of "NATO Heads of State and Government")
 * have numbered paragraphs, not speaker labels; a person's press statement may still have a Q&A.
 */
function usesLabels(doc: SourceDocument): boolean {
  const [only] = doc.speakers;
  const issuedByBody = doc.speakers.length === 1 && !!only && ISSUING_BODIES.includes(only);
  return !(issuedByBody && WRITTEN_KINDS.has(doc.header.kind.toLowerCase()));
}

class ParagraphCollector {
  readonly paragraphs: Paragraph[] = [];
  private lines: string[] = [];
  constructor(public ref: SpeakerRef | null) {}
  add(line: string): void {
    this.lines.push(line);
  }
  /** Roles seen so far per speaker: "Sarah Kelly:" after "Sarah Kelly (Deutsche Welle):" keeps the role. */
  private roles = new Map<string, string>();
  flush(): void {
    if (this.lines.length && this.ref) this.paragraphs.push({ ref: this.ref, text: this.lines.join(' ') });
    this.lines = [];
  }
  switchTo(ref: SpeakerRef | null): void {
    this.flush();
    if (ref && !ref.role) ref = { ...ref, role: this.roles.get(ref.speaker) ?? '' };
    if (ref?.role && !this.roles.has(ref.speaker)) this.roles.set(ref.speaker, ref.role);
    this.ref = ref;
  }
}

/** Attributed paragraphs of a document, in order, without page furniture. */
export function attributedParagraphs(doc: SourceDocument): Paragraph[] {
  const ctx: LabelContext = { speakers: doc.speakers, title: doc.header.title };
  const labels = usesLabels(doc);
  const out = new ParagraphCollector(openingSpeaker(doc));
  const lines = doc.body.replace(/\u00a0/gu, ' ').split(/\r?\n/u);
  let started = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return out.flush();
    if (!started && isTitleLine(line, doc.header.title)) {
      // Some pages run title, date and text together on one line: keep what follows the title.
      const rest = afterTitle(line, doc.header.title);
      if (!rest) return;
      started = true;
      return out.add(rest);
    }
    const byline = AS_DELIVERED_BY.exec(line);
    if (byline) return out.switchTo(speakerFromLabel(byline[1] ?? '', ctx) ?? out.ref);
    if (isFurniture(line)) return out.flush();
    const label = labels ? parseLabelLine(line, ctx) : null;
    if (label) {
      out.switchTo(label.ref);
      started = true;
      if (label.rest) out.add(label.rest);
      return;
    }
    if (!started && isPreambleLine(line, lines[i + 1])) return;
    if (isHeading(line, lines[i + 1])) return out.flush();
    if (BULLET.test(line)) out.flush();
    started = true;
    out.add(line.replace(BULLET, ''));
  });
  out.flush();
  return out.paragraphs;
}
