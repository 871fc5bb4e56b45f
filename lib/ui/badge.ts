/** What the toolbar badge says for a tab: how many quotes were checked, and whether any needs a look. */
import type { QuoteMatch } from '../match/types';

export interface BadgeView {
  text: string;
  colour: string;
  /** True when any quote is altered or credited to someone other than its source. */
  alert: boolean;
  title: string;
}

const CALM = '#3c4043';
const ALERT = '#b8460b';

/** `matches`: the tab's checked quotes (null = too short to check, not counted). */
export function badgeFor(matches: readonly (QuoteMatch | null)[]): BadgeView {
  const checked = matches.filter((m): m is QuoteMatch => m !== null);
  if (checked.length === 0) return { text: '', colour: CALM, alert: false, title: 'Verbatim: no quotes checked on this page' };
  const altered = checked.filter((m) => m.verdict === 'altered').length;
  const misattributed = checked.filter((m) => m.attribution === 'differs' && m.verdict !== 'not-found').length;
  const alert = altered + misattributed > 0;
  const count = checked.length > 999 ? '999+' : String(checked.length);
  // The "!" is the non-colour cue for the alert state.
  const text = alert ? `${checked.length > 99 ? '99+' : count}!` : count;
  const parts = [`${checked.length} quote${checked.length === 1 ? '' : 's'} checked`];
  if (altered) parts.push(`${altered} altered`);
  if (misattributed) parts.push(`${misattributed} attributed differently`);
  return { text, colour: alert ? ALERT : CALM, alert, title: `Verbatim: ${parts.join(', ')}` };
}
