import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendDrafts, emptyJournal, markDeleted, validateJournalValue, viewOf, type HistoryJournal } from '../../../lib/history/journal';
import { applyDrafts } from '../../../lib/history/merge';
import { emptyHistory, type HistoryFile } from '../../../lib/history/schema';
import { recordId } from '../../../lib/history/key';
import { draft, record } from './helpers';

const BIG = 1_000_000;
const pageOf = (n: number) => ({ url: `https://site${n}.example/a`, title: 'T' });

/** Random histories of visits, deletions and compactions. */
const op = fc.oneof(
  fc.record({ kind: fc.constant('visit' as const), page: fc.integer({ min: 0, max: 3 }), quote: fc.integer({ min: 0, max: 7 }), at: fc.integer({ min: 0, max: 1e6 }) }),
  fc.record({ kind: fc.constant('delete' as const), page: fc.integer({ min: 0, max: 3 }), quote: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('compact' as const) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function viaJournal(ops: Op[]): HistoryFile {
  let archive = emptyHistory();
  let journal: HistoryJournal = emptyJournal('');
  for (const o of ops) {
    if (o.kind === 'visit') journal = appendDrafts(journal, [draft({ page: pageOf(o.page), quote: `quote ${o.quote}`, at: o.at })]);
    else if (o.kind === 'delete') journal = markDeleted(journal, [recordId(pageOf(o.page).url, `quote ${o.quote}`)]);
    else {
      archive = viewOf(archive, journal, BIG).file;
      journal = emptyJournal('');
    }
  }
  return viewOf(archive, journal, BIG).file;
}

/** The plain model: one flat file, changed in place. */
function flat(ops: Op[]): HistoryFile {
  let file = emptyHistory();
  for (const o of ops) {
    if (o.kind === 'visit') file = applyDrafts(file, [draft({ page: pageOf(o.page), quote: `quote ${o.quote}`, at: o.at })], BIG, 0).file;
    else if (o.kind === 'delete') file = { ...file, records: file.records.filter((r) => r.id !== recordId(pageOf(o.page).url, `quote ${o.quote}`)) };
  }
  return file;
}

describe('archive + journal', () => {
  it('shows exactly what one flat history would, whenever compaction happens (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        expect(viaJournal(ops).records).toEqual(flat(ops).records);
      }),
    );
  });

  it('the view applies the cap: newest kept, the rest counted as dropped', () => {
    const archive = applyDrafts(emptyHistory(), Array.from({ length: 10 }, (_, i) => draft({ quote: `old ${i}`, at: i })), BIG, 0).file;
    const journal = appendDrafts(emptyJournal(''), [draft({ quote: 'new', at: 100 })]);
    const { file, dropped } = viewOf(archive, journal, 5);
    expect(file.records.map((r) => r.quote)).toEqual(['new', 'old 9', 'old 8', 'old 7', 'old 6']);
    expect(dropped).toBe(6);
    expect(file.droppedByCap).toEqual({ count: 6, lastAt: 100 });
  });

  it('reads a stored journal record by record and rejects a broken one whole', () => {
    const good = record({ quote: 'fine' });
    const { journal, rejected } = validateJournalValue({ version: 2, base: 'r1', records: [good, { nope: 1 }], deleted: ['x'] });
    expect(journal).toMatchObject({ base: 'r1', records: [good], deleted: ['x'] });
    expect(rejected[0]?.reason).toMatch(/^journal\.records\.1/);
    expect(validateJournalValue({ version: 9 }).journal).toBeNull();
    expect(validateJournalValue({ version: 9 }).rejected[0]?.reason).toMatch(/^journal: /);
    expect(validateJournalValue(null)).toEqual({ journal: null, rejected: [] });
  });
});
