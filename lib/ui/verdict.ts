/**
 * How each verdict looks everywhere (page highlight, hover card, popup, badge). Colour is never
 * the only cue: every verdict also has its own underline style, icon and word, so colour-blind
 * readers can tell them apart. Colours are from the Okabe–Ito palette (distinguishable under
 * the common colour-vision deficiencies).
 */
import type { Verdict } from '../match/types';

export type UnderlineStyle = 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';

export interface VerdictStyle {
  verdict: Verdict;
  label: string;
  /** A text glyph, so the cue survives without colour and without images. */
  icon: string;
  colour: string;
  /** Translucent fill behind highlighted text. */
  tint: string;
  underline: UnderlineStyle;
  /** One line for tooltips and screen readers. Never implies "false" for not-found. */
  description: string;
}

export const VERDICT_STYLES: Record<Verdict, VerdictStyle> = {
  verbatim: {
    verdict: 'verbatim',
    label: 'Verbatim',
    icon: '✓',
    colour: '#007a5a',
    tint: 'rgba(0, 158, 115, 0.16)',
    underline: 'solid',
    description: 'Matches the official record word for word.',
  },
  close: {
    verdict: 'close',
    label: 'Close',
    icon: '≈',
    colour: '#0060a8',
    tint: 'rgba(0, 114, 178, 0.14)',
    underline: 'double',
    description: 'Matches the official record with small differences (spelling, punctuation, a word or two).',
  },
  altered: {
    verdict: 'altered',
    label: 'Altered',
    icon: '≠',
    colour: '#b8460b',
    tint: 'rgba(213, 94, 0, 0.16)',
    underline: 'dashed',
    description: 'A source exists, but the quote changes its words in ways that may change the meaning.',
  },
  'not-found': {
    verdict: 'not-found',
    label: 'Not in corpus',
    icon: '?',
    colour: '#5f6368',
    tint: 'rgba(120, 120, 120, 0.12)',
    underline: 'dotted',
    description: 'No matching statement in the bundled corpus. This does not mean the quote is false.',
  },
};

/** Verdicts from best to worst, for legends and sorting. */
export const VERDICT_ORDER: readonly Verdict[] = ['verbatim', 'close', 'altered', 'not-found'];

/** Attribution differs: shown in addition to the verdict (a source was found, credited to someone else). */
export const MISATTRIBUTED_STYLE = {
  label: 'Attributed differently',
  icon: '⚠',
  colour: '#a3127a',
  underline: 'wavy' as UnderlineStyle,
};

export function verdictStyle(verdict: Verdict): VerdictStyle {
  return VERDICT_STYLES[verdict];
}

/**
 * Which quotes the page highlights and the popup lists: every checked statement (including
 * "not in corpus"), but a short fragment only when a source was found — an unmatched
 * two-word fragment is noise, not a finding. Scare-quoted terms never.
 */
export function isShown(kind: 'statement' | 'fragment' | 'term', match: { verdict: Verdict } | null | undefined): boolean {
  if (!match || kind === 'term') return false;
  return kind === 'statement' || match.verdict !== 'not-found';
}
