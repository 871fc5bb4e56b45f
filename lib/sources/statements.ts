/**
 * An imported source → Statement records, through the bundled corpus's own per-document
 * pipeline (lib/corpus: speaker labels, sentence splitting, stage notes), with origin
 * 'imported' so every match against it is marked as the user's own source.
 */
import { SourceHeader, type SourceDocument } from '../corpus/source';
import { statementsFromDocument } from '../corpus/statements';
import type { Statement } from '../corpus/schema';
import type { SourceMetadata } from './form';
import { canonicalSpeakerLine } from './speakers';

export interface ImportableDocument extends SourceMetadata {
  docId: string;
  text: string;
}

/** The document as the corpus pipeline expects it (a parsed source file). */
export function toSourceDocument(source: ImportableDocument): SourceDocument {
  const header = SourceHeader.parse({
    title: source.title,
    speaker: canonicalSpeakerLine(source.speaker),
    date: source.date,
    kind: source.kind,
    place: source.place,
    url: source.url,
  });
  const speakers = header.speaker.split(';').map((s) => s.trim()).filter(Boolean);
  return { docId: source.docId, header, speakers, body: source.text.replace(/\r\n?/g, '\n') };
}

export function importedStatements(source: ImportableDocument): Statement[] {
  return statementsFromDocument(toSourceDocument(source), { origin: 'imported', docId: source.docId });
}

/** Statements of many sources; one that cannot be converted is reported, not fatal. */
export function statementsOfSources(sources: readonly ImportableDocument[]): { statements: Statement[]; failed: { docId: string; reason: string }[] } {
  const statements: Statement[] = [];
  const failed: { docId: string; reason: string }[] = [];
  for (const source of sources) {
    try {
      statements.push(...importedStatements(source));
    } catch (e) {
      failed.push({ docId: source.docId, reason: e instanceof Error ? e.message : String(e) });
    }
  }
  return { statements, failed };
}
