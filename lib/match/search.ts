// Keyword search over the corpus for the popup's "find a statement" box. fuse.js is good at
// short, typo-tolerant keyword queries (and is the benchmark's baseline for long quotes).
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Statement } from '../corpus/schema';

export const FUSE_OPTIONS: IFuseOptions<Statement> = {
  keys: [
    { name: 'text', weight: 3 },
    { name: 'speaker', weight: 1 },
    { name: 'event', weight: 1 },
  ],
  ignoreLocation: true,
  threshold: 0.35,
  minMatchCharLength: 2,
};

/** Built on first use and dropped whenever the statements change (imports are rare). */
export class KeywordSearch {
  private fuse: Fuse<Statement> | null = null;

  constructor(private readonly live: () => Statement[]) {}

  invalidate(): void {
    this.fuse = null;
  }

  search(keywords: string, limit = 20): Statement[] {
    const query = keywords.trim();
    if (!query) return [];
    this.fuse ??= new Fuse(this.live(), FUSE_OPTIONS);
    return this.fuse.search(query, { limit }).map((r) => r.item);
  }
}
