import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalise, normaliseToString } from '../../../lib/text/normalise';

const same = (a: string, b: string) => expect(normaliseToString(a)).toBe(normaliseToString(b));

describe('normalise', () => {
  it('folds case, punctuation, quote/dash forms, NBSP and zero-width characters', () => {
    same('“Allies stand UNITED” — he said…', '"allies stand united" - he said...');
    same('NATO\u00A0chief Stol\u200Btenberg', 'nato chief stoltenberg');
    same('Ｆｕｌｌ-width', 'full width');
  });

  it('treats British and American spelling as the same word', () => {
    same('We recognise the defence organisation’s honour and labour', 'we recognize the defense organization’s honor and labor');
    same('travelled to the centre of the programme', 'traveled to the center of the program');
  });

  it('reads numbers written as digits, spaced digits or words alike', () => {
    same('100,000 U.S. troops', 'one hundred thousand US troops');
    same('40 000 forces', '40,000 forces');
    same('2 million people', 'two million people');
    same('five per cent', '5%');
  });

  it('does not join numbers across punctuation', () => {
    expect(normaliseToString('in 2014, 30 allies')).toBe('in 2014 30 allies');
  });

  it('equates U.S., US, USA and the United States, but not the pronoun "us"', () => {
    same('the U.S. and the U.S.A.', 'the United States and the USA');
    expect(normaliseToString('join us')).toBe('join us');
  });

  it('expands contractions and drops possessive endings', () => {
    same("We don't seek war; it's Russia's choice", 'we do not seek war it is russia choice');
    same('We cannot', 'we can not');
  });

  it('marks editorial insertions and ellipses only in quotes', () => {
    expect(normaliseToString('[The Ukrainians] are … ready', { editorial: true })).toBe('[*] are … ready');
    expect(normaliseToString('[The Ukrainians] are … ready')).toBe('the ukrainians are ready');
  });

  it('maps every token back to the original characters', () => {
    const text = 'He said: “We don’t need 40 000 troops.”';
    const tokens = normalise(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['He', 'said', 'We', 'don’t', 'don’t', 'need', '40 000', 'troops']);
  });

  it('keeps offsets inside the text and in order for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const tokens = normalise(text, { editorial: true });
        let last = 0;
        for (const t of tokens) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          last = t.start;
        }
      }),
    );
  });

  it('is idempotent on its own output', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const once = normaliseToString(text);
        expect(normaliseToString(once)).toBe(once);
      }),
    );
  });
});
