/**
 * Node-only: `--sources <dir>` for the CLI checker. Reads transcripts in the corpus source
 * format (as in corpus/sources) and turns them into statements through the same pipeline as
 * the bundled corpus, with origin 'imported' and ids prefixed 'user-' so they can never be
 * taken for (or collide with) the verified corpus.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { docIdFromName, parseSource } from '../lib/corpus/source';
import { statementsFromDocument } from '../lib/corpus/statements';
import type { Statement } from '../lib/corpus/schema';
import { canonicalSpeakerLine } from '../lib/sources/speakers';

export class ExtraSourcesError extends Error {}

function sourceFiles(dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new ExtraSourcesError(`--sources ${dir}: not a directory`);
    names = readdirSync(dir);
  } catch (e) {
    if (e instanceof ExtraSourcesError) throw e;
    throw new ExtraSourcesError(`--sources ${dir}: no such directory`);
  }
  const files = names.filter((n) => n.toLowerCase().endsWith('.txt') && !n.startsWith('.')).sort();
  if (!files.length) throw new ExtraSourcesError(`--sources ${dir}: no .txt source files (corpus source format: header, ---, text)`);
  return files.map((n) => join(dir, n));
}

/** One file's statements; a bad file stops the run with its name and the reason. */
function statementsOfFile(path: string): Statement[] {
  const doc = parseSource(path, readFileSync(path, 'utf8'));
  const header = { ...doc.header, speaker: canonicalSpeakerLine(doc.header.speaker) };
  const speakers = header.speaker.split(';').map((s) => s.trim()).filter(Boolean);
  const docId = `user-${docIdFromName(path)}`;
  const statements = statementsFromDocument({ ...doc, header, speakers }, { origin: 'imported', docId });
  if (!statements.length) throw new ExtraSourcesError(`${path}: no sentences found in the text`);
  return statements;
}

/** Every statement of the .txt sources in `dir` (not recursive), marked imported. */
export function loadExtraSources(dir: string): Statement[] {
  const statements: Statement[] = [];
  const seen = new Set<string>();
  for (const path of sourceFiles(dir)) {
    let own: Statement[];
    try {
      own = statementsOfFile(path);
    } catch (e) {
      throw e instanceof ExtraSourcesError ? e : new ExtraSourcesError((e as Error).message);
    }
    const docId = own[0]!.docId;
    if (seen.has(docId)) throw new ExtraSourcesError(`${path}: two sources share the document id ${docId}`);
    seen.add(docId);
    statements.push(...own);
  }
  return statements;
}
