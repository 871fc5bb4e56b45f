import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashKey, normalisePageUrl, normaliseQuoteForKey, recordId, siteOf } from '../../../lib/history/key';

describe('record identity (one record per page + quote)', () => {
  it('ignores fragments, tracking parameters, www, trailing slash and parameter order', () => {
    const canonical = normalisePageUrl('https://example-news.com/world/nato?id=7&lang=en');
    for (const variant of [
      'https://www.example-news.com/world/nato/?lang=en&id=7',
      'https://example-news.com/world/nato?id=7&lang=en#comments',
      'HTTPS://Example-News.com/world/nato?utm_source=x&id=7&fbclid=abc&lang=en',
    ]) {
      expect(normalisePageUrl(variant)).toBe(canonical);
    }
  });

  it('keeps parameters that choose the article and the path case', () => {
    expect(normalisePageUrl('https://a.example/story?id=1')).not.toBe(normalisePageUrl('https://a.example/story?id=2'));
    expect(normalisePageUrl('https://a.example/Story')).not.toBe(normalisePageUrl('https://a.example/story'));
  });

  it('treats quote marks, case, spacing and edge punctuation as the same quote', () => {
    const id = recordId('https://a.example/x', 'We are ready to talk');
    expect(recordId('https://a.example/x', '“We are  ready\nto TALK,”')).toBe(id);
    expect(recordId('https://a.example/x', 'We are ready to walk')).not.toBe(id);
    expect(recordId('https://b.example/x', 'We are ready to talk')).not.toBe(id);
  });

  it('keys manual checks by "manual" + quote', () => {
    expect(recordId(null, 'We are ready')).toBe(hashKey(`manual\n${normaliseQuoteForKey('We are ready')}`));
    expect(siteOf(null)).toBe('manual');
    expect(siteOf('https://www.bbc.co.uk/news/1')).toBe('bbc.co.uk');
    expect(siteOf('not a url')).toBe('unknown');
  });

  it('ids are 16 hex characters and stable for any input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (url, quote) => {
        const id = recordId(url, quote);
        expect(id).toMatch(/^[0-9a-f]{16}$/);
        expect(recordId(url, quote)).toBe(id);
      }),
    );
  });

  it('10,000 distinct quotes get 10,000 distinct ids', () => {
    const ids = new Set(Array.from({ length: 10_000 }, (_, i) => recordId('https://a.example/x', `quote number ${i}`)));
    expect(ids.size).toBe(10_000);
  });
});
