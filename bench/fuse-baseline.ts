// The baseline: a plain fuse.js search of the whole quote over the statements' text.
import Fuse from 'fuse.js';
import type { Statement } from '../lib/corpus/schema';

export interface Baseline {
  top(quote: string): Statement | null;
}

export function fuseBaseline(statements: Statement[]): Baseline {
  const fuse = new Fuse(statements, { keys: ['text'], ignoreLocation: true, threshold: 0.6 });
  return { top: (quote) => fuse.search(quote, { limit: 1 })[0]?.item ?? null };
}
