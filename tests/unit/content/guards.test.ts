import { describe, expect, it } from 'vitest';
import { isPageSettings, isQuoteMatch, isScanReply } from '../../../entrypoints/quotes.content/guards';
import { QuoteMatchSchema, ScannedQuote } from '../../../services/messaging';
import { sampleMatch } from '../ui/fixtures';

describe('content-script guards (hand-written, agree with the zod schemas)', () => {
  it('accepts what the zod schema accepts', () => {
    const match = sampleMatch();
    expect(QuoteMatchSchema.safeParse(match).success).toBe(true);
    expect(isQuoteMatch(match)).toBe(true);
    const quote = { key: 'qabc', text: 'We must end this war', speaker: 'Jens Stoltenberg', speakerCue: 'he', kind: 'statement', match, start: 3, end: 23 };
    expect(ScannedQuote.safeParse(quote).success).toBe(true);
    expect(isScanReply({ segments: [[quote, { ...quote, key: 'qdef', match: null, speaker: null }], []] })).toBe(true);
  });

  it.each([
    ['a wrong verdict', { verdict: 'false' }],
    ['a score above 1', { score: 3 }],
    ['a NaN score', { score: Number.NaN }],
    ['a diff op of an unknown kind', { diff: [{ op: 'moved', quote: 'a', source: 'b' }] }],
    ['a missing context', { context: undefined }],
    ['a non-string url', { url: 42 }],
  ])('rejects a match with %s, as zod does', (_name, change) => {
    const bad = { ...sampleMatch(), ...change };
    expect(isQuoteMatch(bad)).toBe(false);
    expect(QuoteMatchSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects malformed replies', () => {
    const quote = { key: 'qabc', text: 'x', speaker: null, speakerCue: null, kind: 'statement', match: null, start: 0, end: 1 };
    expect(isScanReply(null)).toBe(false);
    expect(isScanReply({ segments: 'x' })).toBe(false);
    expect(isScanReply({ segments: [[{ ...quote, start: 0.5 }]] })).toBe(false);
    expect(isScanReply({ segments: [[{ ...quote, kind: 'headline' }]] })).toBe(false);
    expect(isScanReply({ segments: [[{ ...quote, match: { verdict: 'verbatim' } }]] })).toBe(false);
    expect(isPageSettings({ scan: true, automatic: 'yes', host: 'x', highlightStyle: 'underline' })).toBe(false);
    expect(isPageSettings({ scan: true, automatic: false, host: 'example.com', highlightStyle: 'neon' })).toBe(false);
    expect(isPageSettings({ scan: true, automatic: false, host: 'example.com', highlightStyle: 'outline' })).toBe(true);
  });
});
