// The "done when": statement precision/recall and speaker accuracy on the labelled
// sample fixtures, computed by the same function `npm run eval:extract` prints.
import { describe, expect, it } from 'vitest';
import { combineScores } from '../../../lib/extract/score';
import { evaluateTextFixtures, loadExtractFixtures } from '../../../scripts/eval-extract';

describe('extraction quality on labelled fixtures', () => {
  const fixtures = loadExtractFixtures();
  const results = evaluateTextFixtures(fixtures);

  it('has all five samples and our own harder fixtures, with text and HTML', () => {
    expect(fixtures.filter((f) => f.sample)).toHaveLength(5);
    expect(fixtures.filter((f) => !f.sample).length).toBeGreaterThanOrEqual(2);
    for (const f of fixtures.filter((x) => x.sample)) expect(f.html, f.name).not.toBeNull();
  });

  it('golden offsets point at the golden text', () => {
    for (const f of fixtures) for (const g of f.golden) expect(f.text.slice(g.start, g.end), f.name).toBe(g.text);
  });

  it('meets the thresholds on the samples: precision ≥ 0.95, recall ≥ 0.95, speaker accuracy ≥ 0.9', () => {
    const s = combineScores(results.filter((r) => r.fixture.sample).map((r) => r.score));
    expect(s.golden).toBeGreaterThan(40);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('stays above the same thresholds on the harder fixtures written by hand', () => {
    const s = combineScores(results.filter((r) => !r.fixture.sample).map((r) => r.score));
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
    expect(s.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});
