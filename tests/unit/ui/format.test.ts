import { describe, expect, it } from 'vitest';
import { attributionWarning, formatDate, formatScore, kindLabel, sourceLine, truncate } from '../../../lib/ui/format';
import { sampleMatch } from './fixtures';

describe('formatScore', () => {
  it('shows a rounded percentage', () => {
    expect(formatScore(0.934)).toBe('93%');
    expect(formatScore(0)).toBe('0%');
    expect(formatScore(1)).toBe('100%');
  });
  it('never rounds an imperfect score up to 100%', () => {
    expect(formatScore(0.996)).toBe('99%');
  });
  it('clamps out-of-range scores and shows a dash for NaN', () => {
    expect(formatScore(1.7)).toBe('100%');
    expect(formatScore(-0.2)).toBe('0%');
    expect(formatScore(Number.NaN)).toBe('—');
  });
});

describe('formatDate', () => {
  it('writes ISO dates the way a reader says them', () => {
    expect(formatDate('2022-06-27')).toBe('27 June 2022');
    expect(formatDate('2023-01-05')).toBe('5 January 2023');
  });
  it('returns anything else unchanged', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('June 2022')).toBe('June 2022');
    expect(formatDate('2022-13-01')).toBe('2022-13-01');
  });
});

describe('source lines and attribution warnings', () => {
  it('names speaker, kind of event and date', () => {
    expect(kindLabel('joint-press-conference')).toBe('joint press conference');
    expect(kindLabel('PressConference')).toBe('press conference');
    expect(sourceLine(sampleMatch())).toBe('Jens Stoltenberg, press conference, 27 June 2022');
  });

  it('warns when the page credits someone else, naming both sides', () => {
    const match = sampleMatch({ attribution: 'differs' });
    expect(attributionWarning(match, 'NATO Heads of State and Government')).toBe(
      'Credited to the NATO Heads of State and Government; the source is Jens Stoltenberg, press conference, 27 June 2022.',
    );
    expect(attributionWarning(match, 'Antony J. Blinken')).toBe(
      'Credited to Antony J. Blinken; the source is Jens Stoltenberg, press conference, 27 June 2022.',
    );
    expect(attributionWarning(match, null)).toMatch(/^Credited to someone else;/);
  });

  it('says nothing when attribution agrees, is absent, or no source was found', () => {
    expect(attributionWarning(sampleMatch(), 'Jens Stoltenberg')).toBeNull();
    expect(attributionWarning(sampleMatch({ attribution: 'unattributed' }), null)).toBeNull();
    expect(attributionWarning(sampleMatch({ attribution: 'differs', verdict: 'not-found' }), 'Antony J. Blinken')).toBeNull();
  });
});

describe('truncate', () => {
  it('keeps short text and collapses whitespace', () => {
    expect(truncate('  a \n b  ', 10)).toBe('a b');
  });
  it('cuts long text on a word boundary with an ellipsis', () => {
    const out = truncate('We will transform the NATO Response Force and increase the number', 30);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThanOrEqual(30);
    expect(out).toBe('We will transform the NATO…');
  });
});
