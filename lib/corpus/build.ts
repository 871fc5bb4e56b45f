import { Corpus } from './schema';
import { parseSource } from './source';
import { statementsFromDocument } from './statements';

export interface SourceFile {
  name: string;
  content: string;
}

/**
 * Builds the bundled corpus from source files. Documents are ordered by id so the output
 * does not depend on the order files were read in; ids never depend on it either.
 */
export function buildCorpus(files: readonly SourceFile[]): Corpus {
  const docs = files.map((f) => parseSource(f.name, f.content)).sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
  const seen = new Set<string>();
  for (const d of docs) {
    if (seen.has(d.docId)) throw new Error(`${d.docId}: two sources share this document id`);
    seen.add(d.docId);
  }
  const statements = docs.flatMap((d) => statementsFromDocument(d, { origin: 'bundled' }));
  return Corpus.parse({ version: 1, builtFrom: docs.length, statements });
}
