import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Statement } from '../../../lib/corpus/schema';
import { parseSource } from '../../../lib/corpus/source';
import { statementsFromDocument } from '../../../lib/corpus/statements';
import { splitSentences } from '../../../lib/text/sentences';

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');

// Pieces that stress the splitter: abbreviations, initials, numbers, marks, quotes, line breaks.
const PIECES = ['Mr.', 'U.S.', 'No.', '10', '1.8', 'J.', 'e.g.', 'Hello', 'we', 'The', '.', '?', '!', '…', '...', '“', '”', '’', ' ', '  ', '\n', '\n\n', ':', 'SECRETARY BLINKEN:', 'Q  ', '(As delivered)', '—'];
const hostileText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

describe('splitSentences on hostile input', () => {
  it('keeps every letter, in order, and returns trimmed sentences that contain letters', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const out = splitSentences(text);
        expect(letters(out.join(''))).toBe(letters(text));
        for (const s of out) {
          expect(s).toBe(s.trim());
          expect(s).toMatch(/\p{L}/u);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('statementsFromDocument on hostile transcripts', () => {
  const header = 'title: Hostile\nspeaker: Jens Stoltenberg; Joe Biden\ndate: 2023-01-01\nkind: remarks\nplace: \nurl: https://example.org/x\n---\n';
  it('never throws and only produces valid records', () => {
    fc.assert(
      fc.property(hostileText, (body) => {
        const content = header + (body.trim() ? body : 'x');
        const statements = statementsFromDocument(parseSource('hostile.txt', content), { origin: 'imported' });
        statements.forEach((s, i) => {
          expect(Statement.safeParse(s).success).toBe(true);
          expect(s.ordinal).toBe(i);
        });
      }),
      { numRuns: 300 },
    );
  });
});
