import { describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS, validateMetadata, validateSourceForm, type FieldName } from '../../../lib/sources';
import { validForm } from './fixtures';

describe('validateSourceForm', () => {
  it('accepts a complete form and trims its fields', () => {
    const result = validateSourceForm(validForm({ speaker: '  Jens Stoltenberg ', place: undefined }));
    expect(result).toMatchObject({ ok: true, value: { speaker: 'Jens Stoltenberg', place: '' } });
  });

  const cases: [string, Record<string, unknown>, FieldName, RegExp][] = [
    ['speaker missing', { speaker: undefined }, 'speaker', /speaker is missing/i],
    ['speaker blank', { speaker: '   ' }, 'speaker', /speaker is missing/i],
    ['speaker only separators', { speaker: ';;' }, 'speaker', /needs a name/i],
    ['title missing', { title: '' }, 'title', /event title is missing/i],
    ['title too long', { title: 'x'.repeat(501) }, 'title', /too long/i],
    ['date missing', { date: undefined }, 'date', /date is missing/i],
    ['date in another format', { date: '11/07/2023' }, 'date', /YYYY-MM-DD/],
    ['date not a real day', { date: '2023-02-30' }, 'date', /not a real calendar date/i],
    ['date month 13', { date: '2023-13-01' }, 'date', /not a real calendar date/i],
    ['date in the future', { date: '2999-01-01' }, 'date', /in the future: check the year/i],
    ['kind missing', { kind: ' ' }, 'kind', /kind is missing/i],
    ['url missing', { url: '' }, 'url', /link to the transcript is missing/i],
    ['url not a url', { url: 'nato.int/transcript' }, 'url', /http:\/\/ or https:\/\//],
    ['url javascript:', { url: 'javascript:alert(1)' }, 'url', /http:\/\/ or https:\/\//],
    ['url ftp:', { url: 'ftp://example.org/t.txt' }, 'url', /http:\/\/ or https:\/\//],
    ['text missing', { text: undefined }, 'text', /text is missing/i],
    ['text blank', { text: ' \n\t ' }, 'text', /text is empty/i],
    ['text too short', { text: 'Thank you.' }, 'text', /too short/i],
    ['text binary', { text: '%PDF-1.7\u0000\u0000 obj stream' }, 'text', /binary file/i],
    ['text over the character cap', { text: 'word '.repeat(MAX_TEXT_CHARS / 5 + 1) }, 'text', /too large/i],
    ['text over the word cap', { text: 'a '.repeat(300_001) }, 'text', /too long \(over 300,000 words\)/i],
  ];

  it.each(cases)('%s → a message on that field', (_name, overrides, field, message) => {
    const result = validateSourceForm(validForm(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[field]).toMatch(message);
    // Only the field at fault is flagged.
    expect(Object.keys(result.errors)).toEqual([field]);
  });

  it('reports every missing field at once for an empty form, and never throws on junk', () => {
    for (const junk of [{}, null, 'text', 42, []]) {
      const result = validateSourceForm(junk);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['date', 'kind', 'speaker', 'text', 'title', 'url']);
    }
  });

  it('validates metadata alone (editing a stored source) without a text', () => {
    const { text: _text, ...meta } = validForm();
    expect(validateMetadata(meta).ok).toBe(true);
    const bad = validateMetadata({ ...meta, date: '2024-02-30' });
    expect(bad.ok || bad.errors).toEqual({ date: 'This is not a real calendar date' });
  });
});
