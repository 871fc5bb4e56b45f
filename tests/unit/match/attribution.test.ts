import { describe, expect, it } from 'vitest';
import { attributionFor } from '../../../lib/match/attribution';
import { BLINKEN, NAC, NATO_LEADERS, STOLTENBERG } from '../../../lib/speakers';

describe('attributionFor', () => {
  it.each([
    ['Jens Stoltenberg', STOLTENBERG, 'agrees'],
    ['Mr Stoltenberg', STOLTENBERG, 'agrees'],
    ['the NATO chief', STOLTENBERG, 'agrees'],
    ['NATO Secretary-General', STOLTENBERG, 'agrees'],
    ['Secretary Blinken', BLINKEN, 'agrees'],
    ['Tony Blinken', BLINKEN, 'agrees'],
    ['NATO', NATO_LEADERS, 'agrees'],
    ['Nato leaders', NAC, 'agrees'],
    ['the Madrid Summit Declaration', NATO_LEADERS, 'agrees'],
    ['Biden', 'Joe Biden', 'agrees'],
    ['NATO', STOLTENBERG, 'differs'],
    ['the Madrid Summit Declaration', STOLTENBERG, 'differs'],
    ['Jens Stoltenberg', NATO_LEADERS, 'differs'],
    ['Jens Stoltenberg', BLINKEN, 'differs'],
    ['UN Secretary-General António Guterres', STOLTENBERG, 'differs'],
    ['Boris Johnson', 'Joe Biden', 'differs'],
  ] as const)('%s vs %s → %s', (claimed, source, expected) => {
    expect(attributionFor(claimed, source)).toBe(expected);
  });

  it('is unattributed when the page names nobody', () => {
    expect(attributionFor(null, STOLTENBERG)).toBe('unattributed');
    expect(attributionFor('  ', STOLTENBERG)).toBe('unattributed');
  });
});
