import { describe, expect, it } from 'vitest';
import { facetsOf, filterRecords, foldForSearch, groupByPage } from '../../../lib/history/filter';
import { manyRecords, record } from './helpers';

const records = manyRecords(200);

describe('filter, search and group', () => {
  it('no query keeps everything, in order', () => {
    expect(filterRecords(records, {})).toEqual(records);
  });

  it('verdict, speaker, site and attribution filters combine', () => {
    const pool = manyRecords(2_000);
    const result = filterRecords(pool, { verdicts: ['altered', 'not-found'], speaker: 'Antony J. Blinken', site: 'daily.example.org', attributionDiffers: true });
    expect(result.length).toBeGreaterThan(0);
    for (const r of result) {
      expect(['altered', 'not-found']).toContain(r.verdict);
      expect(r.source?.speaker).toBe('Antony J. Blinken');
      expect(r.page?.url).toContain('daily.example.org');
      expect(r.attribution).toBe('differs');
    }
    const expected = pool.filter((r) => ['altered', 'not-found'].includes(r.verdict) && r.source?.speaker === 'Antony J. Blinken' && r.page?.url.includes('daily.example.org') && r.attribution === 'differs');
    expect(result).toEqual(expected);
  });

  it('date range is inclusive on last seen', () => {
    const from = records[50]!.lastSeen;
    const to = records[10]!.lastSeen;
    expect(filterRecords(records, { from, to })).toEqual(records.slice(10, 51));
  });

  it('search needs every word, in quote, page or source, ignoring case and accents', () => {
    const special = record({ quote: 'Çavuşoğlu said the talks were useful', page: { url: 'https://x.example/a', title: 'Talks in Ankara' }, at: 5 });
    const pool = [...records, special];
    expect(filterRecords(pool, { text: 'cavusoglu ANKARA' })).toEqual([special]);
    expect(filterRecords(pool, { text: 'cavusoglu berlin' })).toEqual([]);
    expect(filterRecords(pool, { text: 'number 199' }).map((r) => r.quote)).toEqual([records[199]!.quote]);
    expect(filterRecords(pool, { text: 'Munich Security' })).toHaveLength(pool.length); // source event
    expect(foldForSearch('Zürich')).toBe('zurich');
  });

  it('facets list the speakers and sites present', () => {
    const { speakers, sites } = facetsOf(records);
    expect(speakers).toEqual(['Antony J. Blinken', 'Jens Stoltenberg', 'NATO Heads of State and Government', 'North Atlantic Council']);
    expect(sites).toContain('herald.example');
  });

  it('groups by normalised page, groups ordered by their newest record', () => {
    const a1 = record({ page: { url: 'https://a.example/x?utm_source=y', title: 'A' }, quote: 'first quote here', at: 30 });
    const b = record({ page: { url: 'https://b.example/y', title: 'B' }, quote: 'second quote here', at: 20 });
    const a2 = record({ page: { url: 'https://www.a.example/x#top', title: 'A' }, quote: 'third quote here', at: 10 });
    const m = record({ page: null, quote: 'by hand', at: 5 });
    const groups = groupByPage([a1, b, a2, m]);
    expect(groups.map((g) => [g.title, g.records.length])).toEqual([['A', 2], ['B', 1], ['Checked by hand', 1]]);
  });
});
