import { describe, expect, it } from 'vitest';
import { isShown, VERDICT_ORDER, VERDICT_STYLES } from '../../../lib/ui/verdict';

describe('verdict styles', () => {
  it('gives every verdict a distinct non-colour cue: underline style, icon and label', () => {
    const cues = (key: 'underline' | 'icon' | 'label' | 'colour') => new Set(VERDICT_ORDER.map((v) => VERDICT_STYLES[v][key]));
    expect(cues('underline').size).toBe(4);
    expect(cues('icon').size).toBe(4);
    expect(cues('label').size).toBe(4);
    expect(cues('colour').size).toBe(4);
  });

  it('never words "not in corpus" as false', () => {
    expect(VERDICT_STYLES['not-found'].description).toMatch(/does not mean the quote is false/);
    expect(VERDICT_STYLES['not-found'].label.toLowerCase()).not.toMatch(/false|fake|wrong/);
  });
});

describe('isShown', () => {
  it('shows every checked statement, including not-found', () => {
    expect(isShown('statement', { verdict: 'not-found' })).toBe(true);
    expect(isShown('statement', { verdict: 'verbatim' })).toBe(true);
  });
  it('shows fragments only when a source was found, and never terms or unchecked quotes', () => {
    expect(isShown('fragment', { verdict: 'close' })).toBe(true);
    expect(isShown('fragment', { verdict: 'not-found' })).toBe(false);
    expect(isShown('term', { verdict: 'verbatim' })).toBe(false);
    expect(isShown('statement', null)).toBe(false);
  });
});
