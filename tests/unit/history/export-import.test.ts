import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, parseCsv } from '../../../lib/history/csv';
import { CSV_COLUMNS, exportCsv, exportFileName, exportJson } from '../../../lib/history/export';
import { describeImport, parseHistoryExport } from '../../../lib/history/import';
import { mergeInto } from '../../../lib/history/merge';
import { emptyHistory, HISTORY_VERSION } from '../../../lib/history/schema';
import { manyRecords, record } from './helpers';
import v1 from '../../fixtures/history/v1.json';
import v2 from '../../fixtures/history/v2.json';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('he said "no"')).toBe('"he said ""no"""');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0.93)).toBe('0.93');
  });

  it('defuses formulas: cells starting with = + - @ tab or CR get an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('any text survives a CSV round trip (formula cells come back with their apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const text = rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
        const guarded = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
        expect(parseCsv(text)).toEqual(guarded);
      }),
    );
  });
});

describe('export', () => {
  const tricky = record({
    quote: '=cmd|"/c calc"!A1, and "more",\nsecond line',
    page: { url: 'https://x.example/a?b=1,2', title: '@evil, "title"' },
    claimedSpeaker: '-Stoltenberg',
  });
  const records = [tricky, ...manyRecords(30)];

  it('CSV has a header, one row per record, and reads back cell for cell', () => {
    const rows = parseCsv(exportCsv(records));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(records.length + 1);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(first.quote).toBe(`'${tricky.quote}`);
    expect(first.page_title).toBe(`'${tricky.page!.title}`);
    expect(first.claimed_speaker).toBe("'-Stoltenberg");
    expect(first.page_url).toBe('https://x.example/a?b=1,2');
    expect(first.verdict).toBe('close');
    expect(first.last_seen).toBe(new Date(tricky.lastSeen).toISOString());
    expect(first.source_speaker).toBe('Jens Stoltenberg');
  });

  it('JSON export → import gives back the same records', () => {
    const result = parseHistoryExport(exportJson(records, 0));
    expect(result).toMatchObject({ ok: true, rejected: [], fromVersion: HISTORY_VERSION });
    if (!result.ok) return;
    expect(mergeInto(emptyHistory(), result.records, 'import', 10_000, 0).file.records).toEqual(
      mergeInto(emptyHistory(), records, 'import', 10_000, 0).file.records,
    );
  });

  it('file names carry the date', () => {
    expect(exportFileName('csv', Date.parse('2026-11-23T10:00:00Z'))).toBe('verbatim-history-2026-11-23.csv');
  });
});

describe('import', () => {
  const wrap = (version: number, records: unknown) => JSON.stringify({ format: 'verbatim-history', version, exportedAt: '2026-01-01T00:00:00Z', records });

  it('imports a current export, and an old v1 export through the migration', () => {
    const current = parseHistoryExport(wrap(2, v2.records));
    expect(current.ok && current.records).toHaveLength(4);
    const old = parseHistoryExport(wrap(1, v1));
    expect(old.ok && old.records).toHaveLength(4);
    expect(old.ok && old.fromVersion).toBe(1);
  });

  it('merging an import does not duplicate what is already there', () => {
    const existing = mergeInto(emptyHistory(), manyRecords(50), 'import', 10_000, 0).file;
    const overlap = [...manyRecords(50).slice(0, 20), ...manyRecords(5, 1_900_000_000_000).map((r) => ({ ...r, quote: `${r.quote} new`, id: `${r.id.slice(0, 15)}x` }))];
    const result = mergeInto(existing, overlap, 'import', 10_000, 0);
    expect(result.added).toBe(5);
    expect(result.updated).toBe(20);
    expect(result.file.records).toHaveLength(55);
  });

  it('clear messages for files that are not exports', () => {
    const error = (text: string) => {
      const r = parseHistoryExport(text);
      return r.ok ? 'ok' : r.error;
    };
    expect(error('{not json')).toMatch(/^This file is not valid JSON/);
    expect(error('[1,2,3]')).toMatch(/not a Verbatim history export/);
    expect(error(JSON.stringify({ format: 'verbatim-history', records: [] }))).toMatch(/no valid version/);
    expect(error(wrap(99, []))).toMatch(/newer Verbatim \(history version 99\)/);
    expect(error(JSON.stringify({ format: 'verbatim-history', version: 2, records: 'x' }))).toMatch(/no list of records/);
  });

  it('a bad record is skipped and named; the rest import', () => {
    const bad = { ...v2.records[0], score: 7 };
    const result = parseHistoryExport(wrap(2, [bad, ...v2.records.slice(1)]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.records).toHaveLength(3);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]?.reason).toMatch(/^records\.0\.score/);
    expect(describeImport(result, 3, 0)).toMatch(/Imported 3 records \(3 new, 0 already here\)\. 1 could not be read and were skipped: records\.0\.score/);
  });

  it('accepts a byte-order mark', () => {
    expect(parseHistoryExport('\uFEFF' + wrap(2, [])).ok).toBe(true);
  });
});
