// Public face of matching: one Matcher per corpus, used by the extension's background and the CLI.
import type { Statement } from '../corpus/schema';
import { matchQuote } from './engine';
import { KeywordSearch } from './search';
import { StatementIndex } from './shingle-index';
import type { QuoteMatch } from './types';
export type { QuoteMatch, Verdict, DiffOp, Attribution, MatchFlag } from './types';

export interface Matcher {
  /** Closest source for a quote; `null` when the text is too short or empty to check at all. */
  match(quote: string, claimedSpeaker: string | null): QuoteMatch | null;
  /** Keyword search for the popup's "find a statement" (fuse.js). */
  search(keywords: string, limit?: number): Statement[];
  /** Add statements (imported sources) without rebuilding from scratch. */
  add(statements: Statement[]): void;
  /** Remove every statement of a document (an imported source deleted). */
  removeDocument(docId: string): void;
  readonly size: number;
}

/** Builds the index over `statements` (synchronously; ~1 s per 100k statements). */
export function createMatcher(statements: Statement[]): Matcher {
  const index = new StatementIndex();
  index.add(statements);
  const keywords = new KeywordSearch(() => index.slots.filter((s) => s.alive).map((s) => s.statement));
  return {
    match: (quote, claimedSpeaker) => matchQuote(index, quote, claimedSpeaker),
    search: (query, limit) => keywords.search(query, limit),
    add(more) {
      index.add(more);
      keywords.invalidate();
    },
    removeDocument(docId) {
      index.removeDocument(docId);
      keywords.invalidate();
    },
    get size() {
      return index.size;
    },
  };
}
