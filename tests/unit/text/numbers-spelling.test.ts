import { describe, expect, it } from 'vitest';
import { readNumber, parseDigits } from '../../../lib/text/numbers';
import { americanise } from '../../../lib/text/spelling';

describe('numbers', () => {
  it.each([
    [['one', 'hundred', 'thousand'], 100000, 3],
    [['twenty', 'five', 'troops'], 25, 2],
    [['2', 'million'], 2e6, 2],
    [['3.5', 'billion'], 3.5e9, 2],
    [['40', '000'], 40000, 2],
    [['one', 'hundred', 'and', 'five'], 105, 4],
    [['1000000'], 1e6, 1],
  ])('reads %j as %d', (tokens, value, length) => {
    expect(readNumber(tokens, 0)).toEqual({ value, length });
  });

  it('rejects malformed digit groups', () => {
    expect(parseDigits('1,00')).toBeNull();
    expect(parseDigits('1,000')).toBe(1000);
    expect(readNumber(['troops'], 0)).toBeNull();
  });
});

describe('americanise', () => {
  it.each([
    ['organisation', 'organization'], ['recognised', 'recognized'], ['analyse', 'analyze'], ['colours', 'colors'],
    ['neighbouring', 'neighboring'], ['defence', 'defense'], ['centre', 'center'], ['travelled', 'traveled'],
    ['programme', 'program'], ['manoeuvres', 'maneuvers'], ['kiev', 'kyiv'], ['civilisation', 'civilization'],
    ['criticised', 'criticized'], ['mobilising', 'mobilizing'], ['prioritise', 'prioritize'], ['militarisation', 'militarization'],
    ['harbour', 'harbor'], ['endeavours', 'endeavors'], ['behaviour', 'behavior'], ['favourable', 'favorable'],
    ['paralysed', 'paralyzed'], ['labelled', 'labeled'], ['metres', 'meters'], ['offence', 'offense'], ['whilst', 'while'],
  ])('%s → %s', (brit, amer) => expect(americanise(brit)).toBe(amer));

  it.each(['exercise', 'advise', 'surprise', 'promised', 'hours', 'your', 'four', 'filled', 'raise', 'otherwise', 'exercises', 'compromised', 'enterprise', 'devoured', 'pouring', 'tours', 'noise'])(
    'leaves %s alone',
    (word) => expect(americanise(word)).toBe(word),
  );
});
