import { describe, expect, it } from 'vitest';
import { Statement } from '../../../lib/corpus/schema';
import { parseSource } from '../../../lib/corpus/source';
import { statementsFromDocument } from '../../../lib/corpus/statements';
import { BLINKEN, STOLTENBERG } from '../../../lib/speakers';

// A transcript as a user would import it: same header format, labels in the text.
const IMPORTED = `title: Remarks by President Biden and NATO Secretary General Jens Stoltenberg
speaker: Joe Biden; Jens Stoltenberg
date: 2023-06-13
kind: remarks
place: Washington
url: https://example.org/remarks
official_url: https://www.whitehouse.gov/remarks
---
Remarks by President Biden and NATO Secretary General Jens Stoltenberg
June 13, 2023

Oval Office

1:14 P.M. EDT

Text before any label cannot be placed.

PRESIDENT BIDEN:  Well, Mr. Secretary General, it’s great to have you here.
This sends a clear message: we are united.

SECRETARY GENERAL STOLTENBERG:  President Biden, dear Joe, thank you so much
for the warm words. (Laughter.)

Q    Mr. President, have you read the indictment, sir?

THE PRESIDENT:  No.

END                  1:22 P.M. EDT
`;

describe('statementsFromDocument', () => {
  const doc = parseSource('2023-06-13-user-import.txt', IMPORTED);
  const statements = statementsFromDocument(doc, { origin: 'imported' });
  const who = (words: string) => statements.find((s) => s.text.includes(words))?.speaker;

  it('produces valid records with the official url and the import origin', () => {
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      expect(Statement.parse(s)).toEqual(s);
      expect(s.url).toBe('https://www.whitehouse.gov/remarks');
      expect(s.origin).toBe('imported');
    }
  });

  it('follows the labels, never giving the host or a question to Stoltenberg', () => {
    expect(who('it’s great to have you here')).toBe('Joe Biden');
    expect(who('This sends a clear message: we are united.')).toBe('Joe Biden');
    expect(who('thank you so much for the warm words.')).toBe(STOLTENBERG);
    expect(who('have you read the indictment')).toBe('Journalist');
    expect(statements.find((s) => s.text === 'No.')?.speaker).toBe('Joe Biden');
    expect(statements.map((s) => s.speaker)).not.toContain(BLINKEN);
  });

  it('drops the title, dateline, clock times, stage notes and unattributable text', () => {
    const texts = statements.map((s) => s.text);
    expect(texts).not.toContain('Oval Office');
    expect(texts.some((t) => /Text before any label|P\.M\.|END|Laughter|June 13/u.test(t))).toBe(false);
    expect(texts[0]).toBe('Well, Mr. Secretary General, it’s great to have you here.');
  });

  it('numbers statements from 0 under the given document id', () => {
    const renamed = statementsFromDocument(doc, { docId: 'user-1' });
    expect(renamed.map((s) => s.id).slice(0, 2)).toEqual(['user-1:0000', 'user-1:0001']);
    expect(renamed.map((s) => s.ordinal)).toEqual(renamed.map((_, i) => i));
  });
});
