import { describe, expect, it } from 'vitest';
import { normaliseToString } from '../../../lib/text/normalise';
import { readNumber } from '../../../lib/text/numbers';

describe('ordinals: "31st" = "thirty-first"', () => {
  it.each([
    ['Finland is the 31st member', 'Finland is the thirty-first member'],
    ['the 74th anniversary', 'the seventy-fourth anniversary'],
    ['the 2nd time', 'the second time'],
    ['the 100th day', 'the one hundredth day'],
  ])('%s = %s', (digits, words) => {
    expect(normaliseToString(digits)).toBe(normaliseToString(words));
  });

  it('keeps ordinals apart from cardinals and from other ordinals', () => {
    expect(normaliseToString('the 31st member')).not.toBe(normaliseToString('the 31 member'));
    expect(normaliseToString('the thirty-first member')).not.toBe(normaliseToString('the thirty-second member'));
  });

  it('an ordinal word ends the number it finishes', () => {
    expect(readNumber(['twenty', 'first', 'century'], 0)).toEqual({ value: 21, length: 2, ordinal: true });
    expect(readNumber(['twenty', 'five'], 0)).toEqual({ value: 25, length: 2 });
  });
});
