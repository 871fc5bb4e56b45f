import { describe, expect, it } from 'vitest';
import { applyDrafts, enforceCap, mergeInto } from '../../../lib/history/merge';
import { emptyHistory } from '../../../lib/history/schema';
import { draft, manyRecords, record } from './helpers';

describe('upsert and cap (pure)', () => {
  it('a revisit updates the record: newest verdict, first seen kept, count up', () => {
    const first = applyDrafts(emptyHistory(), [draft({ at: 1000, verdict: 'altered', score: 0.7 })], 100, 1000);
    const again = applyDrafts(first.file, [draft({ at: 5000, verdict: 'close', score: 0.9, quote: '“Russia has massed troops in and around Ukraine.”' })], 100, 5000);
    expect(again.added).toBe(0);
    expect(again.updated).toBe(1);
    expect(again.file.records).toHaveLength(1);
    expect(again.file.records[0]).toMatchObject({ verdict: 'close', score: 0.9, firstSeen: 1000, lastSeen: 5000, seenCount: 2 });
  });

  it('an older check arriving late does not overwrite a newer verdict', () => {
    const newer = applyDrafts(emptyHistory(), [draft({ at: 5000, verdict: 'verbatim', score: 1 })], 100, 5000);
    const late = applyDrafts(newer.file, [draft({ at: 1000, verdict: 'altered', score: 0.6 })], 100, 5000);
    expect(late.file.records[0]).toMatchObject({ verdict: 'verbatim', firstSeen: 1000, lastSeen: 5000, seenCount: 2 });
  });

  it('keeps records newest first', () => {
    const result = applyDrafts(emptyHistory(), [draft({ at: 1, quote: 'a b c d' }), draft({ at: 3, quote: 'e f g h' }), draft({ at: 2, quote: 'i j k l' })], 100, 3);
    expect(result.file.records.map((r) => r.lastSeen)).toEqual([3, 2, 1]);
  });

  it('at the cap the oldest records go first, and the file notes how many', () => {
    const full = { ...emptyHistory(), records: manyRecords(100) };
    const oldestKept = full.records[97]!;
    const result = applyDrafts(full, [draft({ at: 2_000_000_000_000, quote: 'one new' }), draft({ at: 2_000_000_000_001, quote: 'two new' })], 98, 42);
    expect(result.file.records).toHaveLength(98);
    expect(result.dropped).toBe(4);
    expect(result.file.records.at(-1)).toEqual(full.records[95]);
    expect(result.file.records.some((r) => r.id === oldestKept.id)).toBe(false);
    expect(result.file.droppedByCap).toEqual({ count: 4, lastAt: 42 });
    const more = applyDrafts(result.file, [draft({ at: 2_000_000_000_002, quote: 'three new' })], 98, 43);
    expect(more.file.droppedByCap).toEqual({ count: 5, lastAt: 43 });
  });

  it('enforceCap never keeps more than the cap and handles odd caps', () => {
    const records = manyRecords(10);
    expect(enforceCap(records, 0)).toEqual({ kept: [], dropped: 10 });
    expect(enforceCap(records, 10.7).kept).toHaveLength(10);
    expect(enforceCap(records, 3).kept).toEqual(records.slice(0, 3));
  });

  it('importing the same records twice changes nothing', () => {
    const records = manyRecords(20);
    const once = mergeInto(emptyHistory(), records, 'import', 100, 1);
    const twice = mergeInto(once.file, records, 'import', 100, 1);
    expect(twice.added).toBe(0);
    expect(twice.updated).toBe(20);
    expect(twice.file).toEqual(once.file);
  });

  it('record() builds a valid id from page + quote', () => {
    expect(record().id).toMatch(/^[0-9a-f]{16}$/);
  });
});
