import { describe, expect, it } from 'vitest';
import { SourceError, parseSource } from '../../../lib/corpus/source';

const HEADER = [
  'title: Doorstep statement',
  'speaker: Jens Stoltenberg; Jonathan Beale',
  'date: 2022-02-16',
  'kind: doorstep',
  'place: Brussels',
  'url: https://www.nato.int/cps/en/natohq/opinions_191837.htm',
  'truncated: true',
];

function source(lines: string[], body = 'Good morning.'): string {
  return `${lines.join('\n')}\n---\n${body}\n`;
}

describe('parseSource', () => {
  it('reads header fields, the speakers and the body', () => {
    const doc = parseSource('2022-02-16-doorstep.txt', source(HEADER));
    expect(doc.docId).toBe('2022-02-16-doorstep');
    expect(doc.speakers).toEqual(['Jens Stoltenberg', 'Jonathan Beale']);
    expect(doc.header.place).toBe('Brussels');
    expect(doc.body.trim()).toBe('Good morning.');
  });

  it.each([
    ['a missing separator', HEADER.join('\n'), /no "---" line/],
    ['an impossible date', source(HEADER.map((l) => (l.startsWith('date') ? 'date: 2022-02-30' : l))), /date: not a real calendar date/],
    ['a bad url', source(HEADER.map((l) => (l.startsWith('url') ? 'url: nato.int/x' : l))), /url/],
    ['a missing title', source(HEADER.filter((l) => !l.startsWith('title'))), /title/],
    ['a line that is not key: value', source([...HEADER, 'just words']), /not "key: value"/],
    ['an empty body', source(HEADER, '   '), /empty/],
  ])('rejects %s with a message naming the file', (_why, content, message) => {
    expect(() => parseSource('bad.txt', content)).toThrow(SourceError);
    expect(() => parseSource('bad.txt', content)).toThrow(message);
    expect(() => parseSource('bad.txt', content)).toThrow(/^bad\.txt: /);
  });
});
