// Hostile input: random and adversarial Unicode never throws, never yields offsets outside the
// input, and always gives the same answer. Time is bounded by caps (checked as counts here;
// speed is measured in bench/extract.ts, never timed in a unit test).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuotesFromText } from '../../../lib/extract/index';
import { LIMITS } from '../../../lib/extract/limits';
import type { ExtractedQuote } from '../../../lib/extract/types';

const MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '″', '＂'];
const NASTY = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00a0', '\u202f', '\u2028', '\u2029', '\r\n', '\n', '\u202e', '\u202b', 'ש', 'ل', '🇺🇦', '\ud83d', '\udc4d', 'é', 'e\u0301', ':', '—', '…', '.'];
const WORDS = ['said', 'he', 'Stoltenberg', 'the NATO chief', 'We', 'will', 'SECRETARY BLINKEN:', 'Jens Stoltenberg, NATO Secretary General', '— Jens Stoltenberg', 'according to', 'Mr', 'U.S.', ' ', ' ', ' '];

const token = fc.oneof(fc.constantFrom(...MARKS), fc.constantFrom(...NASTY), fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
const hostileText = fc.array(token, { maxLength: 300 }).map((parts) => parts.join(''));

function checkInvariants(text: string, found: ExtractedQuote[]): void {
  let last = -1;
  for (const q of found) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.start).toBeLessThan(q.end);
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(q.start).toBeGreaterThanOrEqual(last); // document order, no overlaps
    last = q.end;
    expect(['statement', 'fragment', 'term']).toContain(q.kind);
  }
}

describe('extraction on hostile input', () => {
  it('never throws; offsets inside the input; text === slice; ordered', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        checkInvariants(text, extractQuotesFromText(text));
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(extractQuotesFromText(text)).toEqual(extractQuotesFromText(text));
      }),
      { numRuns: 150 },
    );
  });

  it('handles arbitrary full-Unicode strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        checkInvariants(text, extractQuotesFromText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('caps output on 10,000 unmatched quote marks and smart-quote soup', () => {
    for (const text of ['“'.repeat(10_000), '”'.repeat(10_000), '"x '.repeat(10_000), '“a ‘b „c «d '.repeat(2_500), 'We said. ”'.repeat(10_000)]) {
      const found = extractQuotesFromText(text);
      expect(found.length).toBeLessThanOrEqual(LIMITS.maxQuotes);
      checkInvariants(text, found);
    }
  });

  it('bounds quotes on a huge page to the cap and ignores text beyond maxChars', () => {
    const page = '“We are ready,” he said. '.repeat(200_000); // ~5 MB
    const found = extractQuotesFromText(page);
    expect(found).toHaveLength(LIMITS.maxQuotes);
    expect(found[found.length - 1]!.end).toBeLessThanOrEqual(LIMITS.maxChars);
  });

  it('stays bounded with thousands of distinct speakers in one giant paragraph', () => {
    const name = (i: number) => `Zq${i.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}son`;
    const page = Array.from({ length: 3_000 }, (_, i) => `“We act now ${i},” ${name(i)} said. ${name(i)} left.`).join(' ');
    const found = extractQuotesFromText(page);
    expect(found).toHaveLength(LIMITS.maxQuotes);
    expect(found[5]!.speaker).toBe(name(5));
    checkInvariants(page, found);
  });

  it('finds quotes in right-to-left text and across zero-width/NBSP spacing', () => {
    expect(extractQuotesFromText('قال ستولتنبرغ: «نحن مستعدون للدفاع عن كل شبر.»').map((q) => q.text)).toEqual(['نحن مستعدون للدفاع عن كل شبر.']);
    expect(extractQuotesFromText('He\u00a0said\u200b “We\u00a0are\u200bready now,”\u00a0Stoltenberg said.')[0]?.speaker).toBe('Jens Stoltenberg');
  });

  it('returns nothing for empty or non-string input', () => {
    expect(extractQuotesFromText('')).toEqual([]);
    expect(extractQuotesFromText(undefined as unknown as string)).toEqual([]);
  });
});
