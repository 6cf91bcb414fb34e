import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/schema';
import { main, type CliIo } from '../../../electron/simulate/cli';

function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error('no such file');
      return text;
    },
  };
  const code = main(argv, io);
  return {
    code,
    lines: out.map((l) => JSON.parse(l) as Record<string, unknown>),
    err: err.join('\n'),
  };
}

describe('npm run simulate (in process)', () => {
  it('prints the timeline with the zone offset across a DST change, then a summary', () => {
    const zoneBefore = process.env.TZ;
    const { code, lines } = run(['--tz', 'Europe/Berlin', '--from', '2025-03-28', '--days', '4']);
    expect(code).toBe(0);
    expect(process.env.TZ).toBe(zoneBefore);
    const at = (type: string) => lines.filter((l) => l.type === type).map((l) => l.at);
    expect(at('hours-start')).toEqual(['2025-03-28T09:00:00+01:00', '2025-03-31T09:00:00+02:00']);
    expect(at('hours-end')).toEqual(['2025-03-28T17:00:00+01:00', '2025-03-31T17:00:00+02:00']);
    expect(at('reminder')[0]).toBe('2025-03-28T10:00:00+01:00');
    expect(at('repeat')[0]).toBe('2025-03-28T10:05:00+01:00');
    const summary = lines.at(-1)!;
    expect(summary).toMatchObject({ type: 'summary', reminders: at('reminder').length, days: 4 });
    expect(summary.wakeups).toBeGreaterThan(0);
  });

  it('plays scripted events: a lock as a natural break, a pause, and a started routine', () => {
    const events = JSON.stringify([
      { at: '2025-01-13T09:30:00+01:00', type: 'lock', minutes: 15 },
      { at: '2025-01-13T11:50:00+01:00', type: 'pause', minutes: 10 },
      { at: '2025-01-13T12:01:00+01:00', type: 'answer', action: 'start' },
    ]);
    const { code, lines } = run(
      ['--tz=Europe/Berlin', '--from=2025-01-13', '--days=1', '--events=ev.json'],
      { 'ev.json': events },
    );
    expect(code).toBe(0);
    const types = lines.map((l) => `${String(l.at ?? '').slice(11, 16)} ${String(l.type)}`);
    expect(types).toEqual(
      expect.arrayContaining([
        '09:35 natural-break',
        '10:45 reminder', // an hour after the return at 09:45
        '10:55 ignored',
        '11:50 pause',
        '12:00 resume',
        '12:00 reminder', // due at 11:55, held back by the pause
        '12:01 started',
      ]),
    );
    expect(types.some((t) => t.endsWith('completed'))).toBe(true);
  });

  it('says what each reminder suggests, and plays every kind of answer', () => {
    const events = JSON.stringify([
      { at: '2025-01-13T10:02', type: 'answer', action: 'quick' },
      { at: '2025-01-13T11:05', type: 'answer', action: 'stood-up' },
      { at: '2025-01-13T12:05', type: 'answer', action: 'snooze' },
      { at: '2025-01-13T12:16', type: 'answer', action: 'start' },
    ]);
    const { code, lines } = run(
      ['--tz', 'Europe/Berlin', '--from', '2025-01-13', '--days', '1', '--events', 'ev.json'],
      { 'ev.json': events },
    );
    expect(code).toBe(0);
    const timeline = lines
      .filter((l) => !['withdrawn', 'answer'].includes(String(l.type)))
      .map((l) => {
        const detail = l.suggests ?? l.kind ?? '';
        return `${String(l.at ?? '').slice(11, 19)} ${String(l.type)} ${String(detail)}`.trim();
      });
    expect(timeline.slice(0, 10)).toEqual([
      '09:00:00 hours-start',
      '10:00:00 reminder full', // the first of the day suggests the full routine
      '10:02:00 started quick', // answered with the other kind
      '10:03:38 completed quick', // 98 s later (set-up, get-set count, two holds, a 15 s switch)
      '11:03:38 reminder quick', // within 3 hours of the full suggestion
      '11:05:00 stood-up', // a break of one's own: the count starts over
      '12:05:00 reminder quick',
      '12:05:00 snoozed',
      '12:15:00 reminder quick', // the same reminder, back after 10 more minutes
      '12:16:00 started quick', // "start" plays what it suggests
    ]);
    const summary = lines.at(-1)!;
    expect(summary.reminders).toBe(Number(summary.suggestedFull) + Number(summary.suggestedQuick));
    expect(summary).toMatchObject({
      completed: 2,
      completedQuick: 2,
      completedFull: 0,
      stoodUp: 1,
      snoozed: 1,
      answers: { start: 1, quick: 1, full: 0, 'stood-up': 1, snooze: 1, skip: 0 },
    });
  });

  it('holds a reminder back while the person types, never more than 2 minutes', () => {
    const events = JSON.stringify([
      { at: '2025-01-13T09:59', type: 'typing', minutes: 1 }, // stops at 10:00:00: shown then
      { at: '2025-01-13T11:09', type: 'typing', minutes: 10 }, // the next one is due at 11:10
    ]);
    const { lines } = run(
      ['--tz', 'UTC', '--from', '2025-01-13', '--days', '1', '--events', 'ev.json'],
      { 'ev.json': events },
    );
    const at = (type: string) => lines.filter((l) => l.type === type).map((l) => l.at);
    expect(at('reminder').slice(0, 2)).toEqual([
      '2025-01-13T10:00:00+00:00',
      '2025-01-13T11:12:00+00:00',
    ]);
    expect(lines.find((l) => l.type === 'typing')).toMatchObject({
      minutes: 1,
      until: '2025-01-13T10:00:00+00:00',
    });
  });

  it('holds reminders while busy: shown after the call, quietly at the DND limit, counted', () => {
    const events = JSON.stringify([
      // Two calls that touch, then a meeting that overlaps the second: one hold.
      { at: '2025-01-13T09:50:00+01:00', type: 'busy', reason: 'call', minutes: 10 },
      { at: '2025-01-13T10:00:00+01:00', type: 'busy', reason: 'call', minutes: 15 },
      { at: '2025-01-13T10:10:00+01:00', type: 'busy', reason: 'meeting', minutes: 20 },
      { at: '2025-01-13T13:00:00+01:00', type: 'busy', reason: 'dnd', minutes: 240 },
      // A call past the end of the hours: the reminder it holds is never shown.
      { at: '2025-01-13T16:50:00+01:00', type: 'busy', reason: 'call', minutes: 60 },
    ]);
    const settings = {
      ...defaultSettings(),
      reminders: { ...defaultSettings().reminders, repeatIfUnanswered: false },
    };
    const { code, lines } = run(
      [
        '--tz=Europe/Berlin',
        '--from=2025-01-13',
        '--days=1',
        '--events=ev.json',
        '--settings=s.json',
      ],
      { 'ev.json': events, 's.json': JSON.stringify(settings) },
    );
    expect(code).toBe(0);
    const shown = lines
      .filter((l) => l.type === 'reminder' || l.type === 'held')
      .map((l) => [
        String(l.at).slice(11, 16),
        l.type,
        l.after ?? l.reason ?? '',
        l.quiet ?? false,
      ]);
    expect(shown).toEqual([
      ['10:00', 'held', 'call', false],
      ['10:30', 'reminder', 'meeting', false],
      ['11:35', 'reminder', '', false],
      ['12:40', 'reminder', '', false],
      ['13:45', 'held', 'dnd', false],
      ['15:45', 'reminder', '', true],
      // Due as the last call begins, under DND still; the hours end before either is over.
      ['16:50', 'held', 'dnd', false],
    ]);
    expect(lines.at(-1)).toMatchObject({ type: 'summary', held: 3, reminders: 4 });
  });

  it('refuses a busy event without a known reason or with too long a spell', () => {
    for (const bad of [
      { at: '2025-01-13T09:50:00+01:00', type: 'busy', reason: 'lunch', minutes: 10 },
      { at: '2025-01-13T09:50:00+01:00', type: 'busy', reason: 'call', minutes: 1441 },
    ]) {
      const { code, err } = run(['--tz=UTC', '--from=2025-01-13', '--days=1', '--events=ev.json'], {
        'ev.json': JSON.stringify([bad]),
      });
      expect(code).toBe(1);
      expect(err).toMatch(/events\.0\.(reason|minutes)/);
    }
  });

  it('refuses an invalid settings file naming the field, with exit code 1', () => {
    const bad = defaultSettings() as unknown as { reminders: { sittingMinutes: number } };
    bad.reminders.sittingMinutes = 5;
    const { code, err } = run(
      ['--tz', 'UTC', '--from', '2025-01-13', '--days', '1', '--settings', 's.json'],
      { 's.json': JSON.stringify(bad) },
    );
    expect(code).toBe(1);
    expect(err).toContain('reminders.sittingMinutes');
  });

  it('reads a settings file of the previous version through the migration the app uses', () => {
    // Version 2 had no break choice and no "wait until I'm in position" switch.
    const { breaks: _breaks, ...current } = defaultSettings();
    const { waitForPosition: _wait, ...routine } = current.routine;
    const v2 = {
      ...current,
      version: 2,
      routine,
      reminders: { ...current.reminders, sittingMinutes: 45 },
      __internal__: { migrations: { version: '1.0.0' } },
    };
    const { code, lines, err } = run(
      ['--tz', 'Europe/Berlin', '--from', '2025-01-13', '--days', '1', '--settings', 'v2.json'],
      { 'v2.json': JSON.stringify(v2) },
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    // The first reminder comes after the file's 45 minutes, not the default hour.
    expect(lines.find((l) => l.type === 'reminder')?.at).toBe('2025-01-13T09:45:00+01:00');
  });

  it('refuses a settings file from a newer version, or one without a usable version', () => {
    const newer = { ...defaultSettings(), version: 99 };
    const refused = run(
      ['--tz', 'UTC', '--from', '2025-01-13', '--days', '1', '--settings', 'n.json'],
      { 'n.json': JSON.stringify(newer) },
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('newer Unsit (version 99)');
    const odd = run(
      ['--tz', 'UTC', '--from', '2025-01-13', '--days', '1', '--settings', 'o.json'],
      {
        'o.json': JSON.stringify({ ...defaultSettings(), version: 'three' }),
      },
    );
    expect(odd.code).toBe(1);
    expect(odd.err).toContain('version');
  });

  it('rejects bad arguments with exit code 2 and says what is wrong', () => {
    expect(run(['--tz', 'Mars/Base', '--from', '2025-01-13', '--days', '1'])).toMatchObject({
      code: 2,
    });
    expect(run(['--tz', 'UTC', '--from', '2025-02-30', '--days', '1']).err).toContain('--from');
    expect(run(['--tz', 'UTC', '--from', '2025-01-13', '--days', '0']).err).toContain('--days');
    expect(
      run(['--tz', 'UTC', '--from', '2025-01-13', '--days', '1', '--events', 'missing.json']).code,
    ).toBe(2);
  });
});
