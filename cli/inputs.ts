/** Node-only: turns command-line paths into the article files to check, and reads them. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export type ArticleType = 'text' | 'html';

const TYPES: Record<string, ArticleType> = { '.txt': 'text', '.html': 'html', '.htm': 'html' };

export interface ArticleFile {
  path: string;
  type: ArticleType;
}

/** A problem with one input; the CLI reports it and goes on with the others. */
export class InputError extends Error {}

export function articleType(path: string): ArticleType | null {
  return TYPES[extname(path).toLowerCase()] ?? null;
}

function walk(dir: string, out: ArticleFile[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else {
      const type = articleType(path);
      if (type) out.push({ path, type });
    }
  }
}

/** Expands one command-line argument: a file (must be .txt/.html/.htm) or a directory (recursed). */
export function expandInput(arg: string): ArticleFile[] {
  let stats;
  try {
    stats = statSync(arg);
  } catch {
    throw new InputError(`${arg}: no such file or directory`);
  }
  if (stats.isDirectory()) {
    const files: ArticleFile[] = [];
    walk(arg, files);
    if (files.length === 0) throw new InputError(`${arg}: no .txt, .html or .htm files in this directory`);
    return files;
  }
  const type = articleType(arg);
  if (!type) throw new InputError(`${arg}: unsupported file type (expected .txt, .html or .htm)`);
  return [{ path: arg, type }];
}

/** Reads a file as UTF-8 text; refuses binary files and unreadable paths with a clear message. */
export function readArticle(file: ArticleFile): string {
  let buffer: Buffer;
  try {
    buffer = readFileSync(file.path);
  } catch (e) {
    throw new InputError(`${file.path}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (buffer.subarray(0, 8000).includes(0)) throw new InputError(`${file.path}: looks like a binary file, not text or HTML`);
  return buffer.toString('utf8').replace(/^\uFEFF/, '');
}
