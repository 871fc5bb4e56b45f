import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteKey } from '../../../lib/ui/quote-key';
import { QuoteKey } from '../../../services/messaging';

describe('quoteKey', () => {
  it('is the same for the same words and speaker, whatever the spacing', () => {
    expect(quoteKey('We must  end\nthis war.', 'Jens Stoltenberg')).toBe(quoteKey(' We must end this war. ', 'Jens Stoltenberg'));
  });

  it('differs when the speaker or the words differ', () => {
    const base = quoteKey('We must end this war.', 'Jens Stoltenberg');
    expect(quoteKey('We must end this war.', 'Antony J. Blinken')).not.toBe(base);
    expect(quoteKey('We must end this war.', null)).not.toBe(base);
    expect(quoteKey('We must end the war.', 'Jens Stoltenberg')).not.toBe(base);
  });

  it('always fits the protocol key format, for any text', () => {
    fc.assert(fc.property(fc.string(), fc.option(fc.string()), (text, speaker) => QuoteKey.safeParse(quoteKey(text, speaker)).success));
  });

  it('has no collisions across many distinct quotes', () => {
    const keys = new Set(Array.from({ length: 20_000 }, (_, i) => quoteKey(`Quote number ${i} about the alliance`, i % 2 ? 'A' : null)));
    expect(keys.size).toBe(20_000);
  });
});
