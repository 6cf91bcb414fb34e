import { describe, expect, it } from 'vitest';
import { csvField, historyCsv } from '../../../electron/core/history/csv';
import { summarizeDay } from '../../../electron/core/history/day-summary';
import type { OutcomeRecord } from '../../../electron/core/history/records';

const zone = process.env.TZ ?? 'UTC';

/** Rows of a CSV text split into fields, for texts without quoted line breaks. */
const rows = (text: string) =>
  text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));

describe('CSV fields', () => {
  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(42)).toBe('42');
    expect(csvField(undefined)).toBe('');
  });

  it('never lets a cell start a spreadsheet formula', () => {
    expect(csvField('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@cmd')).toBe("'@cmd");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
    expect(csvField('=1,2')).toBe('"\'=1,2"');
  });
});

describe(`the history as CSV under TZ=${zone}`, () => {
  const records: OutcomeRecord[] = [
    { at: '2025-03-10T10:00:00.000+01:00', type: 'reminded', kind: 'quick', sittingMinutes: 60 },
    {
      at: '2025-03-10T10:03:12.000+01:00',
      type: 'completed',
      kind: 'quick',
      sittingMinutes: 60.4,
      holdsDone: 2,
      holdCount: 2,
      durationMs: 131_600,
    },
    { at: '2025-03-10T21:30:00.000-05:00', type: 'stood-up', sittingMinutes: 45 },
  ];

  it('has a header and one row per record with the local date, time and offset of the moment', () => {
    const { text, rows: count } = historyCsv({ goals: [], days: [], records });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows(text)).toEqual([
      [
        'date',
        'time',
        'utc_offset',
        'outcome',
        'kind',
        'sitting_minutes',
        'holds_done',
        'hold_count',
        'duration_seconds',
        'count',
      ],
      ['2025-03-10', '10:00:00', 'UTC+01:00', 'reminded', 'quick', '60', '', '', '', '1'],
      ['2025-03-10', '10:03:12', 'UTC+01:00', 'completed', 'quick', '60', '2', '2', '132', '1'],
      ['2025-03-10', '21:30:00', 'UTC-05:00', 'stood-up', '', '45', '', '', '', '1'],
    ]);
    expect(count).toBe(3);
  });

  it('writes a record from before offsets were kept in the current zone', () => {
    const at = '2025-07-01T12:00:00.000Z';
    const [, row] = rows(
      historyCsv({ goals: [], days: [], records: [{ at, type: 'stood-up' }] }).text,
    );
    const local = new Date(at);
    const minutes = -local.getTimezoneOffset();
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    const offset = `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    expect(row?.slice(0, 3)).toEqual([
      `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`,
      `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}:00`,
      offset,
    ]);
  });

  it('gives a day kept as totals one row per outcome and kind, with its count', () => {
    const day = summarizeDay('2023-05-02', [
      records[0] as OutcomeRecord,
      { ...(records[1] as OutcomeRecord) },
      { at: '2023-05-02T11:00:00.000+02:00', type: 'reminded', kind: 'quick' },
      { at: '2023-05-02T11:05:00.000+02:00', type: 'skipped' },
    ]);
    const text = historyCsv({ goals: [], days: [day], records: [] }).text;
    expect(rows(text).slice(1)).toEqual([
      ['2023-05-02', '', '', 'skipped', '', '', '', '', '', '1'],
      ['2023-05-02', '', '', 'reminded', 'quick', '', '', '', '', '2'],
      ['2023-05-02', '', '', 'completed', 'quick', '', '', '', '132', '1'],
    ]);
  });
});
