// Public face of matching. STUB until the matching work lands: signatures are the contract.
import type { Statement } from '../corpus/schema';
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

export function createMatcher(statements: Statement[]): Matcher {
  const all = [...statements];
  return {
    match: () => null,
    search: () => [],
    add: (more) => void all.push(...more),
    removeDocument: (docId) => void all.splice(0, all.length, ...all.filter((s) => s.docId !== docId)),
    get size() {
      return all.length;
    },
  };
}
