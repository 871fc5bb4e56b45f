// Verdict rules that keep out-of-corpus quotes from being called misquotes (found on the
// held-out pages): the shared words must identify the source, and a loose resemblance to a
// corpus line by someone the corpus never quotes proves no misquote.
import { describe, expect, it } from 'vitest';
import { loadCorpusFile } from '../../../cli/corpus-file';
import { createMatcher } from '../../../lib/match';
import type { Alignment } from '../../../lib/match/align';
import { verdictFor, type VerdictInput } from '../../../lib/match/verdict';

const alignment = (matched: number, changed: number): Alignment => ({
  steps: [], spanStart: 0, spanEnd: matched + changed - 1, matched, changed, added: 0, dropped: 0, marked: 0, score: matched / (matched + changed),
});
const input = (extra: Partial<VerdictInput>): VerdictInput => ({
  alignment: alignment(3, 1), hasEditorial: false, stitched: false, meaningChanged: false, wordCount: 4, information: 1.7, ...extra,
});

describe('verdictFor: evidence behind an altered verdict', () => {
  it('needs the shared words to carry enough information', () => {
    expect(verdictFor(input({}))).toBe('altered');
    expect(verdictFor(input({ matchedInformation: 0.6 }))).toBe('not-found');
    expect(verdictFor(input({ matchedInformation: 1.6 }))).toBe('altered');
  });

  it('turns altered into not-found for a speaker the corpus never quotes, and leaves close and verbatim alone', () => {
    expect(verdictFor(input({ speakerOutsideCorpus: true }))).toBe('not-found');
    const close = input({ alignment: alignment(19, 1), wordCount: 20, information: 8, speakerOutsideCorpus: true });
    expect(verdictFor(close)).toBe('close');
  });
});

describe('on the real corpus', () => {
  const matcher = createMatcher(loadCorpusFile().statements);

  it('a common phrase sharing only common words is not found ("a very long night" ~ "a very long day")', () => {
    expect(matcher.match('a very long night', null)?.verdict).toBe('not-found');
  });

  it('a non-corpus speaker echoing a corpus line loosely is not found; the same words verbatim are', () => {
    const scholz = 'We will support Ukraine for as long as it is necessary, and we will not let ourselves be intimidated';
    expect(matcher.match(scholz, 'Olaf Scholz')?.verdict).toBe('not-found');
    expect(matcher.match('Russia has shattered peace in Europe.', 'Rishi Sunak')).toMatchObject({ verdict: 'verbatim', attribution: 'differs' });
  });

  it('a short stock phrase credited to someone else proves no misattribution', () => {
    // Verbatim lines of the corpus, but five words or fewer: anyone may have said them too.
    expect(matcher.match('time is of the essence', null)?.verdict).toBe('verbatim');
    const credited = matcher.match('time is of the essence', 'Volodymyr Zelensky');
    expect(credited).toMatchObject({ verdict: 'not-found' });
    expect(credited?.flags).toContain('too-short');
    expect(matcher.match('NATO is a defensive alliance', 'Antony J. Blinken')?.verdict).toBe('not-found');
  });

  it('a loose resemblance to another statement by the same speaker is not called altered', () => {
    // From a DoD story: said at a press conference the bundled transcript stops before.
    const loose = 'Ukraine has the right to self-defense under the U.N. charter, and we are helping Ukrainians to uphold this fundamental right,';
    expect(matcher.match(loose, 'Jens Stoltenberg')?.verdict).toBe('not-found');
    // An unmarked omission from a real source keeps its information: still altered.
    const omitted = 'We pay tribute to the lives lost and deplore the human suffering.';
    expect(['altered', 'close']).toContain(matcher.match(omitted, null)?.verdict);
  });
});
