import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../lib/match';
import { DECLARATION, doc, PRESSER } from './helpers';

const matcher = () => createMatcher([...PRESSER, ...DECLARATION]);

describe('createMatcher().match', () => {
  it('finds a verbatim quote despite spelling, number and punctuation differences', () => {
    const m = matcher().match('There are now one hundred thousand US troops in Europe and 40 000 forces under direct Nato command', 'Jens Stoltenberg');
    expect(m).toMatchObject({ verdict: 'verbatim', score: 1, statementId: 'presser:0005', attribution: 'agrees' });
    expect(m!.diff.every((d) => d.op === 'same')).toBe(true);
  });

  it('matches a quote running across two consecutive sentences', () => {
    const m = matcher().match('We face a new reality for our security. So, we must reset our deterrence and defense for the longer-term.', null);
    expect(m?.verdict).toBe('verbatim');
    expect(m?.statementIds).toEqual(['presser:0001', 'presser:0002']);
    expect(m?.attribution).toBe('unattributed');
  });

  it('flags an exact part of a longer sentence as a fragment', () => {
    const m = matcher().match('spreading blatant lies and disinformation', 'Jens Stoltenberg');
    expect(m).toMatchObject({ verdict: 'verbatim', statementId: 'presser:0009' });
    expect(m?.flags).toContain('fragment');
  });

  it('calls a quote with a word or two changed close, and shows what differs in original words', () => {
    const m = matcher().match('Putin must end this war, allow humanitarian aid and safe passage for civilians, and engage in real diplomacy', null);
    expect(m?.verdict).toBe('close');
    expect(m?.diff).toContainEqual({ op: 'added', quote: 'humanitarian', source: '' });
    expect(m?.sourceText).toBe('Putin must end this war, allow aid and safe passage for civilians, and engage in real diplomacy');
  });

  it('treats a removed negation or a changed number as altered, not close', () => {
    expect(matcher().match('We will send NATO troops into Ukraine.', null)?.verdict).toBe('altered');
    const m = matcher().match('There are now 200,000 U.S. troops in Europe and 40,000 forces under direct NATO command.', null);
    expect(m?.verdict).toBe('altered');
    expect(m?.diff).toContainEqual({ op: 'changed', quote: '200,000', source: '100,000' });
  });

  it('treats one name put in place of another as altered', () => {
    const m = matcher().match('The first step is the deployment of four new NATO battlegroups in Bulgaria, Hungary, Romania and Poland.', null);
    expect(m?.verdict).toBe('altered');
    expect(m?.diff).toContainEqual({ op: 'changed', quote: 'Poland', source: 'Slovakia' });
  });

  it('treats editorial brackets and ellipses as marked edits', () => {
    const m = matcher().match('[Allies] stand united … against the Kremlin’s cruelty', null);
    expect(m?.verdict).toBe('close');
    expect(m?.score).toBeGreaterThan(0.85);
    expect(m?.diff.some((d) => d.marked && d.op === 'dropped')).toBe(true);
  });

  it('recognises a quote stitched from non-adjacent sentences of one document', () => {
    const m = matcher().match(
      'We face a new reality for our security. China has provided Russia with political support, including by spreading blatant lies.',
      'Jens Stoltenberg',
    );
    expect(m?.flags).toContain('stitched');
    expect(m?.verdict).toBe('altered');
    expect(m?.statementIds).toEqual(expect.arrayContaining(['presser:0001', 'presser:0009']));
  });

  it('does not give confident verdicts to two or three common words', () => {
    const m = matcher().match('our security', null);
    expect(m?.verdict).toBe('not-found');
    expect(m?.flags).toContain('too-short');
  });

  it('says not-found for unrelated text but still names the closest candidate', () => {
    const m = matcher().match('The weather in Brussels was unusually warm for the time of year, officials noted', null);
    expect(m?.verdict).toBe('not-found');
    expect(m?.score).toBeLessThan(0.5);
  });

  it('returns null for text with no words', () => {
    expect(matcher().match('  … — ', null)).toBeNull();
  });

  it('reports when the page credits a leader’s line to the declaration, and vice versa', () => {
    expect(matcher().match('Allies stand united in support for the brave people of Ukraine', 'NATO')?.attribution).toBe('differs');
    expect(matcher().match('We remain united and resolute in our determination to oppose Russia’s aggression', 'NATO')?.attribution).toBe('agrees');
    expect(matcher().match('We remain united and resolute in our determination to oppose Russia’s aggression', 'Jens Stoltenberg')?.attribution).toBe('differs');
  });
});

describe('imported sources', () => {
  it('adds and removes documents incrementally, flagging imported matches', () => {
    const m = matcher();
    const quote = 'The alliance will hold a special meeting on energy security in Vilnius next spring';
    expect(m.match(quote, null)?.verdict).toBe('not-found');
    const imported = doc('import-1', 'Jens Stoltenberg', ['Thank you.', 'The alliance will hold a special meeting on energy security in Vilnius next spring.'], 'imported');
    m.add(imported);
    expect(m.size).toBe(PRESSER.length + DECLARATION.length + 2);
    const found = m.match(quote, null);
    expect(found).toMatchObject({ verdict: 'verbatim', statementId: 'import-1:0001' });
    expect(found?.flags).toContain('imported-source');
    m.removeDocument('import-1');
    expect(m.size).toBe(PRESSER.length + DECLARATION.length);
    expect(m.match(quote, null)?.verdict).toBe('not-found');
  });
});

describe('re-indexing', () => {
  it('finds a document again after it is removed and added back (an edited import)', () => {
    const m = matcher();
    const quote = 'We remain united and resolute in our determination to oppose Russia’s aggression';
    m.removeDocument('declaration');
    expect(m.match(quote, null)?.statementId).not.toBe('declaration:0002');
    expect(m.search('resolute determination').map((s) => s.docId)).not.toContain('declaration');
    m.add(DECLARATION);
    expect(m.match(quote, null)).toMatchObject({ verdict: 'verbatim', statementId: 'declaration:0002' });
    expect(m.search('resolute determination')[0]?.id).toBe('declaration:0002');
  });
});

describe('createMatcher().search', () => {
  it('finds statements by keywords, typo-tolerant', () => {
    const hits = createMatcher([...PRESSER, ...DECLARATION]).search('battlegroups Bulgaria');
    expect(hits[0]?.id).toBe('presser:0007');
    expect(createMatcher(PRESSER).search('   ')).toEqual([]);
  });
});
