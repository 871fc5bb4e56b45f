import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../lib/ui/badge';
import { sampleMatch } from './fixtures';

describe('badgeFor', () => {
  it('is empty when nothing was checked', () => {
    expect(badgeFor([]).text).toBe('');
    expect(badgeFor([null, null]).text).toBe('');
  });

  it('counts checked quotes, ignoring ones too short to check', () => {
    const view = badgeFor([sampleMatch({ verdict: 'verbatim' }), null, sampleMatch({ verdict: 'not-found' })]);
    expect(view).toMatchObject({ text: '2', alert: false });
    expect(view.title).toBe('Verbatim: 2 quotes checked');
  });

  it('turns into an alert (text cue "!" and a different colour) when a quote is altered', () => {
    const calm = badgeFor([sampleMatch()]);
    const view = badgeFor([sampleMatch(), sampleMatch({ verdict: 'altered' })]);
    expect(view.text).toBe('2!');
    expect(view.alert).toBe(true);
    expect(view.colour).not.toBe(calm.colour);
    expect(view.title).toContain('1 altered');
  });

  it('alerts on misattribution, but not on a misattributed not-found (no source to disagree with)', () => {
    expect(badgeFor([sampleMatch({ attribution: 'differs' })]).alert).toBe(true);
    expect(badgeFor([sampleMatch({ attribution: 'differs', verdict: 'not-found' })]).alert).toBe(false);
  });

  it('stays within the badge width on pages with very many quotes', () => {
    const many = Array.from({ length: 150 }, () => sampleMatch({ verdict: 'altered' }));
    expect(badgeFor(many).text).toBe('99+!');
  });
});
