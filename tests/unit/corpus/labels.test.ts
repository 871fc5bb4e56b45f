import { describe, expect, it } from 'vitest';
import { parseLabelLine } from '../../../lib/corpus/label-line';
import { type LabelContext, speakerFromLabel } from '../../../lib/corpus/labels';
import { BLINKEN, STOLTENBERG } from '../../../lib/speakers';

const JOINT: LabelContext = {
  speakers: [STOLTENBERG, BLINKEN, 'Joe Biden', 'Dmytro Kuleba', 'Sarah Kelly', 'Gitanas Nausėda', 'Michel Martin'],
  title: 'Remarks by President Biden and NATO Secretary General Jens Stoltenberg',
};

// Labels as they appear in corpus/sources.
const LABELS: [string, string][] = [
  ['SECRETARY BLINKEN', BLINKEN],
  ['SECRETARY OF STATE BLINKEN', BLINKEN],
  ['US Secretary of State Antony Blinken', BLINKEN],
  ['United States Secretary of State Antony Blinken', BLINKEN],
  ['SECRETARY GENERAL STOLTENBERG', STOLTENBERG],
  ['NATO Secretary General Jens Stoltenberg', STOLTENBERG],
  ['NATO Secretary General', STOLTENBERG],
  ['Secretary General', STOLTENBERG],
  ['PRESIDENT BIDEN', 'Joe Biden'],
  ['MR. PRESIDENT', 'Joe Biden'],
  ['FOREIGN MINISTER KULEBA', 'Dmytro Kuleba'],
  ['PRESIDENT NAUSEDA', 'Gitanas Nausėda'],
  ['MS MARTIN', 'Michel Martin'],
  ['Sarah Kelly (Deutsche Welle)', 'Sarah Kelly'],
  ['Rikard Jozwiak (Radio Free Europe)', 'Rikard Jozwiak'],
  ['Reporter (BBC)', 'Journalist'],
  ['QUESTION', 'Journalist'],
  ['AFP', 'Journalist'],
  ['Unspecified journalist, Helsingin Sanomat', 'Journalist'],
  ['Moderator', 'Moderator'],
  ['NATO Spokesperson Oana Lungescu', 'Oana Lungescu'],
  ['FOREIGN MINISTER LAVROV', 'Lavrov'],
];

// Line starts that end in a colon but are prose, not labels.
const NOT_LABELS = [
  'This sends a clear message',
  'Just in the last few days',
  'At the same time, the Russian people must know',
  'The Secretary General, who opened the meeting, said',
  'Left to right',
  'Sweden has',
  'Including with',
  'NATO remains committed to our dual-track approach to Russia',
  'Secretary General in Tokyo',
  'NATO Secretary General with President Biden',
  'END                  1',
  'I welcome the new announcements in the past hours, among which',
  'Berlin, Germany',
  'Brussels, 24 March 2022',
  '(Cross-talk.)',
];

describe('speakerFromLabel', () => {
  it.each(LABELS)('%s → %s', (label, speaker) => {
    expect(speakerFromLabel(label, JOINT)?.speaker).toBe(speaker);
  });

  it.each(NOT_LABELS)('%j is not a label', (text) => {
    expect(speakerFromLabel(text, JOINT)).toBeNull();
  });

  it('never gives a host or journalist to a corpus speaker', () => {
    for (const label of ['PRESIDENT BIDEN', 'MR. PRESIDENT', 'QUESTION', 'Moderator', 'FOREIGN MINISTER KULEBA', 'Reporter (BBC)']) {
      expect([STOLTENBERG, BLINKEN]).not.toContain(speakerFromLabel(label, JOINT)?.speaker);
    }
  });

  it('does not read "Secretary General" as Stoltenberg in a document he is not part of', () => {
    const ctx: LabelContext = { speakers: [BLINKEN], title: 'Remarks' };
    expect(speakerFromLabel('Secretary General', ctx)?.speaker).not.toBe(STOLTENBERG);
  });

  it('gives roles from the label', () => {
    expect(speakerFromLabel('PRESIDENT BIDEN', JOINT)?.role).toBe('President');
    expect(speakerFromLabel('Sarah Kelly (Deutsche Welle)', JOINT)?.role).toBe('Journalist, Deutsche Welle');
    expect(speakerFromLabel('SECRETARY BLINKEN', JOINT)?.role).toBe('US Secretary of State');
  });
});

describe('parseLabelLine', () => {
  it('splits a label from the text on its line', () => {
    expect(parseLabelLine('SECRETARY BLINKEN:  Good afternoon, everyone.', JOINT)).toEqual({
      ref: { speaker: BLINKEN, role: 'US Secretary of State' },
      rest: 'Good afternoon, everyone.',
    });
  });

  it('reads White House "Q" lines and standalone name lines', () => {
    expect(parseLabelLine('Q\u00a0 \u00a0 President, have you discussed —', JOINT)?.ref.speaker).toBe('Journalist');
    expect(parseLabelLine('Jonathan Beale (BBC)', JOINT)?.ref.speaker).toBe('Jonathan Beale');
    expect(parseLabelLine('NATO Secretary General Jens Stoltenberg', JOINT)?.ref.speaker).toBe(STOLTENBERG);
  });

  it('leaves salutations and prose alone', () => {
    for (const line of ['President Duda,', 'Dear Andrzej,', 'We condemn the attacks on civilians.', 'Opening remarks', 'Joint press conference']) {
      expect(parseLabelLine(line, JOINT)).toBeNull();
    }
  });
});
