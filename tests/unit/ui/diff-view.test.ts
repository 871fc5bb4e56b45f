import { describe, expect, it } from 'vitest';
import { diffRuns, diffSummary, hasDifferences } from '../../../lib/ui/diff-view';
import type { DiffOp } from '../../../lib/match/types';

const diff: DiffOp[] = [
  { op: 'same', quote: 'We', source: 'We' },
  { op: 'same', quote: 'must', source: 'must' },
  { op: 'changed', quote: 'end', source: 'stop' },
  { op: 'changed', quote: 'this', source: 'the' },
  { op: 'dropped', quote: '', source: 'brutal' },
  { op: 'same', quote: 'war', source: 'war' },
  { op: 'added', quote: 'now', source: '' },
];

describe('diffRuns', () => {
  it('merges neighbouring ops of the same kind and keeps the order', () => {
    expect(diffRuns(diff)).toEqual([
      { op: 'same', text: 'We must', source: '' },
      { op: 'changed', text: 'end this', source: 'stop the' },
      { op: 'dropped', text: 'brutal', source: '' },
      { op: 'same', text: 'war', source: '' },
      { op: 'added', text: 'now', source: '' },
    ]);
  });

  it('handles an empty diff', () => {
    expect(diffRuns([])).toEqual([]);
    expect(hasDifferences([])).toBe(false);
  });
});

describe('diffSummary', () => {
  it('counts words by kind', () => {
    expect(diffSummary(diff)).toBe('2 words changed, 1 added, 1 dropped');
    expect(hasDifferences(diff)).toBe(true);
  });
  it('counts an omission the page marks with an ellipsis apart from unmarked drops', () => {
    const marked = [
      { op: 'same' as const, quote: 'We will', source: 'We will' },
      { op: 'dropped' as const, quote: '', source: 'continue to', marked: true, marker: '…' },
      { op: 'same' as const, quote: 'support Ukraine', source: 'support Ukraine' },
      { op: 'dropped' as const, quote: '', source: 'today' },
    ];
    expect(diffSummary(marked)).toBe('1 dropped, 2 left out where the page marks it');
  });
  it('says so when there is nothing to show', () => {
    expect(diffSummary([{ op: 'same', quote: 'a b', source: 'a b' }])).toBe('No word differences');
  });
});
