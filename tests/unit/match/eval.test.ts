import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCorpusFile } from '../../../cli/corpus-file';
import { detailedMatcher, LabelFile, metricsOf, runLabels } from '../../../lib/match/evaluate';

// The same function `npm run eval:match` prints: quality targets on the labelled quotes.
const labels = LabelFile.parse(JSON.parse(readFileSync(new URL('../../fixtures/match/labels.json', import.meta.url), 'utf8')));
const outcomes = runLabels(detailedMatcher(loadCorpusFile().statements), labels.items);

describe('matching quality on labelled quotes', () => {
  it('labels cover in-corpus, out-of-corpus, altered and misattributed quotes', () => {
    const m = metricsOf(outcomes);
    expect(m.inCorpus).toBeGreaterThanOrEqual(40);
    expect(m.outOfCorpus).toBeGreaterThanOrEqual(40);
    expect(labels.items.filter((i) => i.expect.attribution === 'differs').length).toBeGreaterThanOrEqual(5);
    expect(labels.items.filter((i) => i.expect.verdict === 'altered').length).toBeGreaterThanOrEqual(8);
  });

  it.each(['calibrate', 'holdout'] as const)('meets the targets on the %s half', (split) => {
    const m = metricsOf(outcomes.filter((o) => o.item.split === split));
    expect(m.top1).toBeGreaterThanOrEqual(0.95);
    expect(m.falseVerification).toBeLessThanOrEqual(0.02);
    expect(m.verdictAccuracy).toBeGreaterThanOrEqual(0.85);
    expect(m.attributionAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('never calls an out-of-corpus quote verbatim', () => {
    const outside = outcomes.filter((o) => o.item.expect.statementIds.length === 0);
    expect(outside.filter((o) => o.verdict === 'verbatim').map((o) => o.item.id)).toEqual([]);
  });
});
