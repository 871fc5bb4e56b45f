import type { QuoteMatch } from '../../../lib/match/types';

/** A realistic match (Madrid press conference), varied per test with overrides. */
export function sampleMatch(overrides: Partial<QuoteMatch> = {}): QuoteMatch {
  return {
    verdict: 'close',
    score: 0.934,
    flags: [],
    statementId: '2022-06-27-stoltenberg-pre-summit-press-conference:0012',
    speaker: 'Jens Stoltenberg',
    date: '2022-06-27',
    event: 'Pre-summit press conference by NATO Secretary General Jens Stoltenberg',
    url: 'https://www.nato.int/cps/en/natohq/opinions_197080.htm',
    sourceText: 'We will transform the NATO Response Force and increase the number of our high readiness forces to well over 300,000.',
    attribution: 'agrees',
    diff: [
      { op: 'same', quote: 'We will transform the NATO Response Force and increase the number of our high readiness forces to well over', source: 'We will transform the NATO Response Force and increase the number of our high readiness forces to well over' },
      { op: 'changed', quote: '300 000', source: '300,000' },
    ],
    role: 'NATO Secretary General',
    kind: 'press-conference',
    place: 'Brussels',
    origin: 'bundled',
    context: { before: ['Allies will agree on a new Strategic Concept.'], after: ['We will also agree to do more together.'] },
    ...overrides,
  };
}
