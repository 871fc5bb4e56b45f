import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { historyMigrations, migrateHistoryValue } from '../../../lib/history/migrations';
import { migrateV1ToV2, sourceFromV1 } from '../../../lib/history/migrations/v1-to-v2';
import { HISTORY_VERSION, HistoryFile } from '../../../lib/history/schema';
import { recordId } from '../../../lib/history/key';
import { validateHistoryValue } from '../../../lib/history/validate';
import { defineHistoryItem } from '../../../services/storage';
import v1 from '../../fixtures/history/v1.json';
import v2 from '../../fixtures/history/v2.json';

describe('history versions', () => {
  it('has one migration step for every version after 1, and a fixture per version', () => {
    expect(Object.keys(historyMigrations).map(Number)).toEqual(Array.from({ length: HISTORY_VERSION - 1 }, (_, i) => i + 2));
    expect(HistoryFile.safeParse(v2).success).toBe(true);
  });

  it('v1 → v2: merges duplicates of the same page + quote, keeps every fact', () => {
    const file = HistoryFile.parse(migrateV1ToV2(v1));
    expect(file.records).toHaveLength(4); // 5 v1 rows, two of them the same quote on the same page
    const munich = file.records.find((r) => r.page?.url.includes('nato-munich'));
    expect(munich).toMatchObject({
      seenCount: 2,
      firstSeen: Date.parse('2024-03-01T09:15:00.000Z'),
      lastSeen: Date.parse('2024-03-02T18:40:00.000Z'),
      score: 0.95, // the later check wins
      kind: 'statement',
      foundBy: 'page',
      source: { speaker: 'Jens Stoltenberg', date: '2022-02-19', event: 'Munich Security Conference', origin: 'bundled' },
    });
    expect(munich?.source?.url).toBe('https://www.nato.int/cps/en/natohq/opinions_192204.htm?selectedLocale=en');
    const manual = file.records.find((r) => r.page === null);
    expect(manual).toMatchObject({ foundBy: 'manual', source: null, verdict: 'not-found', id: recordId(null, 'We will defend every inch of allied territory') });
    expect(file.records.map((r) => r.lastSeen)).toEqual([...file.records.map((r) => r.lastSeen)].sort((a, b) => b - a));
  });

  it('v1 → v2: an unrecognised source string stays readable as the event', () => {
    expect(sourceFromV1('x:0001', 'Munich speech (see nato.int)')).toEqual({
      statementId: 'x:0001', speaker: '', date: '', event: 'Munich speech (see nato.int)', kind: '', url: '', text: '', origin: 'bundled',
    });
  });

  it('v1 → v2: records that are not valid v1 pass through and are rejected on read, not dropped', () => {
    const broken = { url: 'https://a.example', quote: 42 };
    const { file, rejected } = validateHistoryValue(migrateV1ToV2([...v1, broken]));
    expect(file.records).toHaveLength(4);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.value).toEqual(broken);
    expect(rejected[0]?.reason).toMatch(/^records\.4\./);
  });

  it('migrateHistoryValue runs every step from an old version and none from the current one', () => {
    expect(migrateHistoryValue(v1, 1)).toEqual(migrateV1ToV2(v1));
    expect(migrateHistoryValue(v2, HISTORY_VERSION)).toBe(v2);
  });

  describe('in extension storage (what an update does)', () => {
    beforeEach(() => fakeBrowser.reset());

    it('a stored v1 array becomes a valid v2 file with version meta 2', async () => {
      await storage.setItem('local:history', v1);
      const item = defineHistoryItem();
      const value = await item.getValue();
      expect(HistoryFile.parse(value).records).toHaveLength(4);
      expect(await storage.getMeta('local:history')).toEqual({ v: 2 });
    });

    it('a stored v2 file is read unchanged', async () => {
      await storage.setItem('local:history', v2);
      await storage.setMeta('local:history', { v: 2 });
      expect(await defineHistoryItem().getValue()).toEqual(v2);
    });
  });
});
