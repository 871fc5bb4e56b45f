import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../lib/match';
import { DECLARATION, PRESSER } from './helpers';

// Golden file of full match results (verdict, score, flags, span, word diff) on hand-made
// sources, reviewed by eye. After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/unit/match/golden.test.ts
const GOLDEN = new URL('../../fixtures/match/golden-matches.json', import.meta.url);

const QUOTES: Array<[string, string | null]> = [
  ['There are now one hundred thousand US troops in Europe and 40 000 forces under direct Nato command', 'Jens Stoltenberg'],
  ['We face a new reality for our security. So, we must reset our deterrence and defense for the longer-term.', 'Stoltenberg'],
  ['Putin must end this war, allow humanitarian aid and safe passage for civilians', 'the NATO chief'],
  ['We will send NATO troops into Ukraine.', 'Jens Stoltenberg'],
  ['[Allies] stand united … against the Kremlin’s cruelty', null],
  ['The first step is the deployment of four new NATO battle groups in Bulgaria, Hungary, Romania and Slovakia.', 'NATO'],
  ['We face a new reality for our security. China has provided Russia with political support, including by spreading blatant lies.', null],
  ['We call on President Putin to stop this war immediately and to withdraw his forces from Ukraine.', 'NATO leaders'],
  ['spreading blatant lies', 'Jens Stoltenberg'],
  ['Officials said the weather in Brussels was unusually warm for March.', null],
];

function current() {
  const matcher = createMatcher([...PRESSER, ...DECLARATION]);
  return QUOTES.map(([text, speaker]) => {
    const m = matcher.match(text, speaker);
    return {
      text,
      speaker,
      match: m && { verdict: m.verdict, score: m.score, flags: m.flags, attribution: m.attribution, statementIds: m.statementIds, sourceText: m.sourceText, diff: m.diff },
    };
  });
}

describe('golden matches', () => {
  it('match the reviewed golden file', () => {
    const results = current();
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, `${JSON.stringify(results, null, 1)}\n`);
    expect(results).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
