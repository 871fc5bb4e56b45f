import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../lib/match';
import { DECLARATION, PRESSER } from './helpers';

const matcher = createMatcher([...PRESSER, ...DECLARATION]);
const corpusWords = [...PRESSER, ...DECLARATION].flatMap((s) => s.text.split(' '));


describe('match() on hostile input', () => {
  it('never throws, and returns null or a well-formed match with a score in [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.option(fc.string({ maxLength: 40 })), (text, speaker) => {
        const m = matcher.match(text, speaker);
        if (m === null) return;
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(['verbatim', 'close', 'altered', 'not-found']).toContain(m.verdict);
      }),
      { numRuns: 300 },
    );
  });

  it('diff quote words come from the quote and source words from the source', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...corpusWords, '…', '[they]', 'not', '42'), { minLength: 1, maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const m = matcher.match(text, null);
        if (!m || !m.statementId) return;
        const byId = new Map([...PRESSER, ...DECLARATION].map((s) => [s.id, s.text]));
        const sources = (m.statementIds ?? []).map((id) => byId.get(id)).join(' ');
        for (const op of m.diff) {
          if (op.quote) expect(text).toContain(op.quote);
          if (op.source) expect(sources).toContain(op.source);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a verbatim sub-span of any statement is found verbatim, whatever the case and punctuation', () => {
    const long = PRESSER.filter((s) => s.text.split(' ').length >= 8);
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), fc.boolean(), (statement, offset, upper) => {
        const words = statement.text.split(' ');
        const start = offset % (words.length - 6);
        let quote = words.slice(start, start + 6).join(' ');
        if (upper) quote = quote.toUpperCase();
        const m = matcher.match(quote, null);
        expect(m?.statementId).toBe(statement.id);
        expect(m?.verdict).toBe('verbatim');
      }),
      { numRuns: 100 },
    );
  });

  it('checks a very long pasted text in bounded time without failing', () => {
    const text = Array.from({ length: 3000 }, (_, i) => corpusWords[i % corpusWords.length]).join(' ');
    expect(() => matcher.match(text, null)).not.toThrow();
  });
});
