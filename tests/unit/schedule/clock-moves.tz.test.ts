import { describe, expect, it } from 'vitest';
import { OutcomeRecordSchema } from '../../../electron/core/history/schema';
import { WEEKDAYS } from '../../../electron/core/settings/schema';
import type { DetectedBusyReason } from '../../../electron/core/schedule/busy';
import { status } from '../../../electron/core/schedule/next-event';
import { MINUTES_PER_DAY } from '../../../electron/core/time/units';
import { HOUR, MIN, MON, day, drive, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const defaults = settingsWith();
const YEAR = 365 * 24 * HOUR;

describe(`a pause when the clock is set back under TZ=${zone}`, () => {
  it('a 30-minute pause set back 3 hours still ends 30 minutes after it began', () => {
    const run = drive(defaults, MON(13));
    run.apply({ type: 'pause', until: MON(13, 30) }, MON(13));
    run.runUntil(MON(13, 10));
    run.jump({ type: 'wake' }, MON(10, 10)); // the clock is set back 3 h, 10 min into the pause
    run.runUntil(MON(11));
    // 20 minutes were left: the pause ends at 10:30 on the corrected clock, not at 13:30.
    expect(run.notes('pause-end')).toEqual([MON(10, 30)]);
  });

  it('a pause begun on a clock a year ahead lasts its 30 minutes once the clock is right', () => {
    const ahead = MON(9) + YEAR;
    const run = drive(defaults, ahead);
    run.apply({ type: 'pause', until: ahead + 30 * MIN }, ahead);
    run.runUntil(ahead + MIN);
    run.jump({ type: 'wake' }, MON(9, 1)); // the clock is corrected a minute later
    run.runUntil(MON(10));
    expect(run.notes('pause-end')).toEqual([MON(9, 30)]);
    expect(run.state.pausedUntil).toBeNull();
  });
});

describe(`the clock set forward without a sleep under TZ=${zone}`, () => {
  it('is no break while the person keeps typing: the count carries on from where it was', () => {
    const run = drive(defaults, MON(9));
    run.runUntil(MON(9, 50));
    // The job armed for 09:55 fires at 12:00 on a clock set two hours ahead; no idle time.
    run.jump({ type: 'wake', idleSeconds: 0 }, MON(12));
    expect(run.records('natural-break')).toEqual([]);
    expect(run.state.sittingMs).toBe(50 * MIN);
    run.runUntil(MON(12, 11));
    expect(run.reminders()).toEqual([MON(12, 10)]);
  });

  it('is a break when the idle time read at the late wake-up lasts a break', () => {
    const run = drive(defaults, MON(9));
    run.runUntil(MON(9, 50));
    run.jump({ type: 'wake', idleSeconds: 6 * 60 }, MON(12));
    expect(run.records('natural-break')).toEqual([MON(12)]);
    expect(run.state.sittingMs).toBe(0);
  });

  it('keeps a reminder that was out, and its repeat, the same minutes after the jump', () => {
    const run = drive(defaults, MON(9));
    run.runUntil(MON(10, 1)); // reminded at 10:00, repeat due at 10:05
    run.jump({ type: 'wake', idleSeconds: 0 }, MON(13, 1));
    expect(run.records('ignored')).toEqual([]);
    run.runUntil(MON(13, 6));
    expect(run.reminders('repeat')).toEqual([MON(13, 5)]);
  });

  it('a late wake with no idle reading (the app was not running) is still time away', () => {
    const run = drive(defaults, MON(9));
    run.runUntil(MON(9, 50));
    run.jump({ type: 'wake' }, MON(12));
    expect(run.records('natural-break')).toHaveLength(1);
    expect(run.state.sittingMs).toBe(0);
  });
});

describe(`the clock set forward while a reminder waits on a busy person under TZ=${zone}`, () => {
  const busyFrom =
    (reason: DetectedBusyReason, from: number) =>
    (t: number): DetectedBusyReason[] =>
      t >= from ? [reason] : [];
  const shown = (run: ReturnType<typeof drive>) =>
    run.effects.flatMap((e) =>
      e.type === 'remind' ? [{ at: e.at, quiet: e.quiet ?? false }] : [],
    );

  it('does not bring the Do Not Disturb limit nearer: a held reminder stays held', () => {
    const run = drive(defaults, MON(9), () => 0, { busyAt: busyFrom('dnd', MON(9, 30)) });
    run.runUntil(MON(10, 10)); // held since 10:00; the limit (2 h) would end it at 12:00
    run.jump({ type: 'wake', idleSeconds: 0 }, MON(13, 10)); // the clock is set 3 h ahead
    run.runUntil(MON(13, 20));
    expect(shown(run)).toEqual([]);
    expect(status(defaults, run.state, MON(13, 20)).heldBy).toBe('dnd');
    // Held for 2 h of the person's time: 10 min before the jump, then until 15:00.
    run.runUntil(MON(15, 1));
    expect(shown(run)).toEqual([{ at: MON(15), quiet: true }]);
  });

  it('a reminder waiting for a pause in input is not let out by the late reading before the detectors are read', () => {
    // The reminder fell due at 10:00 with nobody busy and waits while the person types; during
    // the jump a call began.
    const run = drive(defaults, MON(9), () => 0, {
      busyAt: busyFrom('call', MON(12)),
      typing: (t) => t < MON(12),
    });
    run.runUntil(MON(10) + MIN / 2);
    expect(run.state.pending).not.toBeNull();
    // The late wake-up reads a pause in input, but the detectors have not been read since.
    run.jump({ type: 'wake', idleSeconds: 30 }, MON(12) + MIN / 2);
    run.runUntil(MON(12, 5));
    expect(shown(run)).toEqual([]);
    expect(status(defaults, run.state, MON(12, 5)).heldBy).toBe('call');
  });
});

describe(`what the engine records stays within the history's limits under TZ=${zone}`, () => {
  it('sitting past a whole day (hours all day, pause after pause) is recorded as one day', () => {
    const allDay = settingsWith(
      Object.fromEntries(WEEKDAYS.map((w) => [w, day(['00:00', '24:00'])])),
    );
    const run = drive(allDay, MON(0));
    // Every time a reminder is out, the person pauses for two hours: sitting never restarts.
    for (let t = MON(0); t < MON(0) + 30 * HOUR; t += 2 * HOUR + MIN) {
      run.apply({ type: 'pause', until: t + 2 * HOUR }, t);
    }
    expect(run.state.sittingMs).toBeGreaterThan(MINUTES_PER_DAY * MIN);
    run.runUntil(MON(0) + 31 * HOUR);
    const records = run.effects.flatMap((e) => (e.type === 'record' ? [e.record] : []));
    expect(records.some((r) => r.sittingMinutes === MINUTES_PER_DAY)).toBe(true);
    for (const record of records) expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
  });
});

describe(`a routine result with no routine running under TZ=${zone}`, () => {
  const result = { outcome: 'completed', holdsDone: 1, holdCount: 1, durationMs: 60_000 } as const;

  it('three reports after one quick routine record one routine and one break', () => {
    const run = drive(defaults, MON(9));
    run.apply({ type: 'routineStarted', kind: 'quick' }, MON(9, 30));
    run.apply({ type: 'routineFinished', result }, MON(9, 31));
    run.apply({ type: 'routineFinished', result }, MON(9, 32));
    run.apply({ type: 'routineFinished', result }, MON(9, 33));
    expect(run.records('completed')).toEqual([MON(9, 31)]);
    expect(run.state.completed.count).toBe(1);
    // The count restarted at 09:31 and was not restarted again by the extra reports.
    expect(run.state.sittingMs).toBe(2 * MIN);
  });

  it('a result with nothing started is ignored', () => {
    const run = drive(defaults, MON(9));
    run.apply({ type: 'routineFinished', result }, MON(9, 40));
    expect(run.records('completed')).toEqual([]);
    expect(run.state.sittingMs).toBe(40 * MIN);
  });

  it('a routine past the hour that stopped holding reminders back still reports once', () => {
    const run = drive(defaults, MON(9));
    run.apply({ type: 'routineStarted', kind: 'full' }, MON(9, 10));
    run.apply({ type: 'routineFinished', result }, MON(10, 20));
    run.apply({ type: 'routineFinished', result }, MON(10, 21));
    expect(run.records('completed')).toEqual([MON(10, 20)]);
  });
});
