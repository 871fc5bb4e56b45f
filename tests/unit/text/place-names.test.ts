import { describe, expect, it } from 'vitest';
import { normaliseToString } from '../../../lib/text/normalise';

describe('Ukrainian place names in Russian-based transliteration', () => {
  it.each([
    ['Kiev', 'Kyiv'], ['Kharkov', 'Kharkiv'], ['Odessa', 'Odesa'], ['Lugansk', 'Luhansk'], ['Zaporozhye', 'Zaporizhzhia'], ['Donbass', 'Donbas'],
  ])('%s = %s', (old, current) => {
    expect(normaliseToString(`the attack on ${old}`)).toBe(normaliseToString(`the attack on ${current}`));
  });
});
