import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyDrafts, byNewest, mergeInto } from '../../../lib/history/merge';
import { emptyHistory, HistoryFile } from '../../../lib/history/schema';
import { validateHistoryValue } from '../../../lib/history/validate';
import { parseHistoryExport } from '../../../lib/history/import';
import { exportJson } from '../../../lib/history/export';
import { draft } from './helpers';
import v2 from '../../fixtures/history/v2.json';

/** Page visits: a small pool of pages and quotes so that revisits (same id) happen often. */
const visit = fc.record({
  page: fc.integer({ min: 0, max: 4 }),
  quote: fc.integer({ min: 0, max: 9 }),
  at: fc.integer({ min: 0, max: 1_000_000 }),
  verdict: fc.constantFrom('verbatim' as const, 'close' as const, 'altered' as const, 'not-found' as const),
});
const toDraft = (v: { page: number; quote: number; at: number; verdict: 'verbatim' | 'close' | 'altered' | 'not-found' }) =>
  draft({ page: { url: `https://site${v.page}.example/a`, title: 'T' }, quote: `quote number ${v.quote}`, at: v.at, verdict: v.verdict });

describe('store invariants under any sequence of visits (fast-check)', () => {
  it('unique ids, newest first, within the cap, nothing lost but the oldest, counts add up', () => {
    fc.assert(
      fc.property(fc.array(fc.array(visit, { maxLength: 8 }), { maxLength: 12 }), fc.integer({ min: 1, max: 40 }), (batches, cap) => {
        let file = emptyHistory();
        let dropped = 0;
        const seen = new Map<string, number>();
        for (const batch of batches) {
          const result = applyDrafts(file, batch.map(toDraft), cap, 1);
          file = result.file;
          dropped += result.dropped;
          for (const v of batch) seen.set(`${v.page}/${v.quote}`, 0);
        }
        const ids = file.records.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(file.records.length).toBeLessThanOrEqual(cap);
        expect([...file.records].sort(byNewest)).toEqual(file.records);
        expect(HistoryFile.safeParse(file).success).toBe(true);
        // Without a cap in the way, every distinct (page, quote) is there exactly once.
        if (dropped === 0) expect(file.records.length).toBe(seen.size);
        expect(file.droppedByCap?.count ?? 0).toBe(dropped);
      }),
    );
  });

  it('total sightings are conserved when nothing is dropped', () => {
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 40 }), (visits) => {
        const { file } = applyDrafts(emptyHistory(), visits.map(toDraft), 10_000, 1);
        expect(file.records.reduce((n, r) => n + r.seenCount, 0)).toBe(visits.length);
        for (const r of file.records) expect(r.firstSeen).toBeLessThanOrEqual(r.lastSeen);
      }),
    );
  });

  it('merging in any order gives the same history (the queue order does not matter)', () => {
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 30 }), (visits) => {
        const forward = applyDrafts(emptyHistory(), visits.map(toDraft), 10_000, 1).file;
        const backward = [...visits].reverse().reduce((f, v) => applyDrafts(f, [toDraft(v)], 10_000, 1).file, emptyHistory());
        expect(backward.records.map((r) => [r.id, r.seenCount, r.firstSeen, r.lastSeen])).toEqual(
          forward.records.map((r) => [r.id, r.seenCount, r.firstSeen, r.lastSeen]),
        );
      }),
    );
  });

  it('export → import → merge is the identity', () => {
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 30 }), (visits) => {
        const { file } = applyDrafts(emptyHistory(), visits.map(toDraft), 10_000, 1);
        const parsed = parseHistoryExport(exportJson(file.records));
        if (!parsed.ok) throw new Error(parsed.error);
        expect(mergeInto(file, parsed.records, 'import', 10_000, 1).file).toEqual(file);
      }),
    );
  });
});

describe('reading hostile stored values never throws and never loses an item silently', () => {
  it('any JSON value: every record is either read or rejected with a reason', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const { file, rejected } = validateHistoryValue(value);
        expect(HistoryFile.safeParse(file).success).toBe(true);
        const input = value !== null && typeof value === 'object' && Array.isArray((value as { records?: unknown }).records)
          ? (value as { records: unknown[] }).records.length
          : value === null ? 0 : 1;
        if (value !== null && !(typeof value === 'object' && Array.isArray((value as { records?: unknown }).records))) expect(rejected).toHaveLength(1);
        else expect(file.records.length + rejected.filter((r) => r.reason.startsWith('records.')).length).toBe(input);
        for (const r of rejected) expect(r.reason.length).toBeGreaterThan(0);
      }),
    );
  });

  it('a v2 file with random records mixed in keeps the good ones', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 10 }), (junk) => {
        const { file, rejected } = validateHistoryValue({ ...v2, records: [...v2.records, ...junk] });
        expect(file.records).toHaveLength(v2.records.length);
        expect(rejected).toHaveLength(junk.length);
      }),
    );
  });
});
