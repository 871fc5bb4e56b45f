import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { HistoryFile } from '../../../lib/history/schema';
import type { QuoteMatch } from '../../../lib/match/types';
import {
  applyCap, clearHistory, deleteRecords, importRecords, recordChecks, recordMatches, registerHistoryHandlers, repairStorage, whenIdle,
} from '../../../services/history-store';
import type { MessageName, RequestOf } from '../../../services/messaging';
import { readQuarantine, saveSettings } from '../../../services/storage';
import { readHistory } from '../../../services/history-view';
import { JOURNAL_LIMIT } from '../../../lib/history/journal';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { draft, manyRecords, record } from './helpers';
import v2 from '../../fixtures/history/v2.json';

async function stored() {
  await whenIdle();
  return (await readHistory()).file;
}

beforeEach(() => fakeBrowser.reset());

describe('history store (background single writer)', () => {
  it('records a check and updates it on a revisit instead of duplicating', async () => {
    await recordChecks([draft({ at: 1000 })]);
    await recordChecks([draft({ at: 2000, page: { url: 'https://example-news.com/world/nato-munich?utm_medium=social', title: 't' } })]);
    const file = await stored();
    expect(file.records).toHaveLength(1);
    expect(file.records[0]).toMatchObject({ firstSeen: 1000, lastSeen: 2000, seenCount: 2 });
  });

  it('50 parallel recordChecks from different tabs: none lost, each counted, coalesced into few writes', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const calls = Array.from({ length: 50 }, (_, tab) =>
      recordChecks(Array.from({ length: 4 }, (_, q) => draft({ page: { url: `https://site${tab}.example/a`, title: `Tab ${tab}` }, quote: `quote ${q} from tab ${tab}`, at: 1000 + tab }))),
    );
    const results = await Promise.all(calls);
    expect(results.every((r) => r.recorded === 4)).toBe(true);
    const file = await stored();
    expect(file.records).toHaveLength(200);
    expect(new Set(file.records.map((r) => r.page?.url)).size).toBe(50);
    const historyWrites = set.mock.calls.filter(([items]) => Object.keys(items as object).some((k) => k.startsWith('history'))).length;
    expect(historyWrites).toBeGreaterThan(0);
    expect(historyWrites).toBeLessThanOrEqual(2);
    set.mockRestore();
  });

  it('parallel revisits of the same quote from many tabs all count', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => recordChecks([draft({ at: 1000 + i })])));
    const [only] = (await stored()).records;
    expect(only).toMatchObject({ seenCount: 30, firstSeen: 1000, lastSeen: 1029 });
  });

  it('writes interleaved with delete, import and clear apply in call order', async () => {
    const a = recordChecks([draft({ quote: 'first quote', at: 1 })]);
    const d = deleteRecords([]);
    const i = importRecords(manyRecords(10));
    const c = clearHistory();
    const b = recordChecks([draft({ quote: 'after clear', at: 2 })]);
    await Promise.all([a, d, i, c, b]);
    expect((await stored()).records.map((r) => r.quote)).toEqual(['after clear']);
    expect(await c).toEqual({ cleared: 11 });
  });

  it('keeps the history within the cap, dropping the oldest, and notes it', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, historyCap: 100 });
    await importRecords(manyRecords(100));
    const result = await recordChecks([draft({ quote: 'newest one', at: 2_000_000_000_000 })]);
    expect(result.recorded).toBe(1);
    const file = await stored();
    expect(file.records).toHaveLength(100);
    expect(file.records[0]?.quote).toBe('newest one');
    expect(file.records.at(-1)?.quote).toBe(manyRecords(100)[98]!.quote);
    expect(file.droppedByCap?.count).toBe(1);
  });

  it('a lowered cap applies at once', async () => {
    await importRecords(manyRecords(300));
    await saveSettings({ ...DEFAULT_SETTINGS, historyCap: 120 });
    expect(await applyCap()).toEqual({ dropped: 180 });
    expect((await stored()).records).toHaveLength(120);
  });

  it('at 10,000 records, 20 parallel tabs still lose nothing and the cap holds', async () => {
    await importRecords(manyRecords(10_000));
    await Promise.all(Array.from({ length: 20 }, (_, t) => recordChecks([draft({ quote: `fresh ${t}`, at: 2_000_000_000_000 + t })])));
    const file = await stored();
    expect(file.records).toHaveLength(10_000);
    expect(file.records.slice(0, 20).map((r) => r.quote).sort()).toEqual(Array.from({ length: 20 }, (_, t) => `fresh ${t}`).sort());
    expect(file.droppedByCap?.count).toBe(20);
  });

  it('recording touches only the small journal, never the archive', async () => {
    await importRecords(manyRecords(2_000));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await recordChecks([draft({ quote: 'one' })]);
    await recordChecks([draft({ quote: 'two' })]);
    await deleteRecords([manyRecords(1)[0]!.id]);
    const keys = (calls: unknown[][]) => calls.flatMap(([k]) => (typeof k === 'string' ? [k] : Array.isArray(k) ? k : Object.keys((k ?? {}) as object)));
    expect(keys(set.mock.calls)).not.toContain('history');
    expect(keys(get.mock.calls)).not.toContain('history');
    get.mockRestore();
    set.mockRestore();
    const view = (await stored()).records;
    expect(view).toHaveLength(2_001);
    expect(view.slice(0, 2).map((r) => r.quote).sort()).toEqual(['one', 'two']);
  });

  it('a full journal is folded into the archive; the view is the same before and after', async () => {
    await importRecords(manyRecords(50));
    for (let i = 0; i < JOURNAL_LIMIT - 2; i++) await recordChecks([draft({ quote: `visit ${i}`, at: 1_800_000_000_000 + i })]);
    const before = await stored();
    const journalBefore = (await storage.getItem<{ records: unknown[] }>('local:historyJournal'))!;
    expect(journalBefore.records).toHaveLength(JOURNAL_LIMIT - 2);
    await recordChecks([draft({ quote: 'visit 0', at: 1_900_000_000_000 }), draft({ quote: 'the last straw', at: 1_900_000_000_001 })]);
    await recordChecks([draft({ quote: 'one more', at: 1_900_000_000_002 })]);
    const journalAfter = (await storage.getItem<{ records: unknown[] }>('local:historyJournal'))!;
    expect(journalAfter.records.length).toBeLessThan(3);
    const after = await stored();
    expect(after.records).toHaveLength(before.records.length + 2);
    expect(after.records.find((r) => r.quote === 'visit 0')?.seenCount).toBe(2);
    expect(HistoryFile.parse(await storage.getItem('local:history')).records.length).toBeGreaterThan(before.records.length);
  });

  it('a journal left for another archive is kept aside, not applied and not lost', async () => {
    await recordChecks([draft({ quote: 'kept' })]);
    await storage.setItem('local:historyJournal', { version: 2, base: 'some-other-archive', records: [record({ quote: 'orphan' })], deleted: [] });
    await recordChecks([draft({ quote: 'after' })]);
    const quotes = (await stored()).records.map((r) => r.quote);
    expect(quotes).toContain('after');
    expect(quotes).not.toContain('orphan');
    const [entry] = await readQuarantine();
    expect(entry).toMatchObject({ key: 'local:historyJournal', reason: 'journal of changes for an older archive' });
  });

  it('delete removes only the given records', async () => {
    const records = manyRecords(5);
    await importRecords(records);
    expect(await deleteRecords([records[1]!.id])).toEqual({ deleted: 1 });
    expect(await deleteRecords([records[1]!.id])).toEqual({ deleted: 0 }); // already gone
    expect((await stored()).records.map((r) => r.id)).toEqual(records.filter((_, i) => i !== 1).map((r) => r.id));
    // Seen again after deletion: a new record, not the deleted one back.
    await recordChecks([draft({ page: records[1]!.page, quote: records[1]!.quote, at: 2_000_000_000_000 })]);
    expect((await stored()).records.find((r) => r.id === records[1]!.id)).toMatchObject({ seenCount: 1, firstSeen: 2_000_000_000_000 });
  });

  it('import merges without duplicates (round trip of the stored records)', async () => {
    await importRecords(manyRecords(40));
    const before = await stored();
    expect(await importRecords(before.records)).toEqual({ added: 0, updated: 40, dropped: 0 });
    expect(await stored()).toEqual(before);
  });

  it('automatic scans are not recorded when the user turned that off; manual checks are', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, recordAutomaticScans: false });
    expect(await recordChecks([draft({ foundBy: 'page' })])).toEqual({ recorded: 0, dropped: 0 });
    expect(await recordChecks([draft({ foundBy: 'page' })], { automatic: false })).toMatchObject({ recorded: 1 });
    expect(await recordChecks([draft({ foundBy: 'manual', quote: 'by hand' })])).toMatchObject({ recorded: 1 });
    expect((await stored()).records).toHaveLength(2);
  });

  it('recordMatches converts matcher output and skips terms', async () => {
    const match: QuoteMatch = {
      verdict: 'verbatim', score: 1, flags: [], statementId: 'doc:0001', speaker: 'Jens Stoltenberg', date: '2022-02-19', event: 'Speech',
      url: 'https://www.nato.int/x', sourceText: 'We will not be intimidated.', attribution: 'agrees', diff: [], role: 'NATO Secretary General',
      kind: 'speech', place: 'Munich', origin: 'imported', context: { before: [], after: [] },
    };
    const page = { url: 'https://news.example/a', title: 'A' };
    await recordMatches([
      { page, quote: 'We will not be intimidated', claimedSpeaker: 'Jens Stoltenberg', kind: 'statement', foundBy: 'page', match },
      { page, quote: 'special operation', claimedSpeaker: null, kind: 'term', foundBy: 'page', match },
    ]);
    const records = (await stored()).records;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ verdict: 'verbatim', diff: null, source: { origin: 'imported', text: 'We will not be intimidated.' } });
  });
});

describe('corrupt data is kept aside, never silently dropped', () => {
  it('bad records move to local:quarantine with a reason; good ones stay', async () => {
    const bad = { ...v2.records[1], verdict: 'maybe' };
    await storage.setItem('local:history', { ...v2, records: [v2.records[0], bad, ...v2.records.slice(2)] });
    await storage.setMeta('local:history', { v: 2 });
    expect(await repairStorage()).toEqual({ history: 1, settings: 0 });
    const quarantine = await readQuarantine();
    expect(quarantine).toHaveLength(1);
    expect(quarantine[0]).toMatchObject({ key: 'local:history', value: bad });
    expect(quarantine[0]?.reason).toMatch(/^records\.1\.verdict/);
    expect(HistoryFile.parse(await storage.getItem('local:history')).records).toHaveLength(3);
  });

  it('a history value that is not a history at all is kept whole', async () => {
    await storage.setItem('local:history', 'garbage');
    await storage.setMeta('local:history', { v: 2 });
    await recordChecks([draft()]);
    expect((await readHistory()).rejected).toHaveLength(1); // the page sees it, and asks for a repair
    await repairStorage();
    const quarantine = await readQuarantine();
    expect(quarantine[0]).toMatchObject({ value: 'garbage', reason: 'stored history is not a history object with records' });
    expect((await stored()).records).toHaveLength(1);
  });

  it('bad settings fields fall back to defaults; the stored value is kept aside', async () => {
    await storage.setItem('sync:settings', { scanMode: 'sometimes', historyCap: 500, disabledSites: ['bbc.co.uk'] });
    expect(await repairStorage()).toEqual({ history: 0, settings: 1 });
    expect(await storage.getItem('sync:settings')).toEqual({ ...DEFAULT_SETTINGS, historyCap: 500, disabledSites: ['bbc.co.uk'] });
    const [entry] = await readQuarantine();
    expect(entry).toMatchObject({ key: 'sync:settings', value: { scanMode: 'sometimes' } });
    expect(entry?.reason).toMatch(/^scanMode/);
  });
});

/**
 * fakeBrowser's runtime.sendMessage only supports sendResponse-style listeners; the real
 * polyfill awaits the promise our listener returns. So deliver the envelope the way the
 * browser does and read the listener's reply.
 */
async function send<N extends MessageName>(name: N, payload: RequestOf<N>): Promise<unknown> {
  const replies = (await fakeBrowser.runtime.onMessage.trigger({ verbatim: 1, name, payload }, {}, () => undefined)) as unknown[];
  const reply = replies.find((r) => r !== undefined) as { ok: boolean; value?: unknown; error?: string };
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

describe('messages (history page → background)', () => {
  it('delete, import and clear answer through the protocol', async () => {
    const stop = registerHistoryHandlers();
    try {
      const records = manyRecords(3);
      expect(await send('historyImport', { records })).toEqual({ added: 3, updated: 0, dropped: 0 });
      expect(await send('historyDelete', { ids: [records[0]!.id] })).toEqual({ deleted: 1 });
      expect(await send('historyRecord', { drafts: [draft()] })).toEqual({ recorded: 1, dropped: 0 });
      expect(await send('historyRepair', {})).toEqual({ history: 0, settings: 0 });
      expect(await send('historyClear', {})).toEqual({ cleared: 3 });
      await expect(send('historyImport', { records: [{ ...records[0]!, score: 2 }] })).rejects.toThrow();
    } finally {
      stop();
    }
  });
});
