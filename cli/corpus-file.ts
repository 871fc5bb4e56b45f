/** Node-only: reads the built corpus file (written by `npm run corpus`) and validates it. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { Corpus } from '../lib/corpus/schema';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_CORPUS_PATH = resolve(ROOT, 'corpus/generated/corpus.json');

export function loadCorpusFile(path: string = DEFAULT_CORPUS_PATH): Corpus {
  if (!existsSync(path)) {
    throw new Error(`Corpus file not found: ${path}\nRun \`npm run corpus\` to build it from corpus/sources/.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`Corpus file ${path} is not valid JSON (${(e as Error).message}). Run \`npm run corpus\` to rebuild it.`);
  }
  const parsed = Corpus.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? `${first.path.join('.')}: ${first.message}` : 'unknown problem';
    throw new Error(`Corpus file ${path} does not match the corpus schema (${where}). Run \`npm run corpus\` to rebuild it.`);
  }
  return parsed.data;
}
