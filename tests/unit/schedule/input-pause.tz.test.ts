import { describe, expect, it } from 'vitest';
import {
  INPUT_CHECK_MS,
  INPUT_PAUSE_SECONDS,
  INPUT_WAIT_MAX_MS,
} from '../../../electron/core/schedule/input-pause';
import { nextEvent, status } from '../../../electron/core/schedule/next-event';
import { MIN, MON, day, drive, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const SEC = 1000;
const defaults = settingsWith();
/** Typing without a pause from `from` until `to`. */
const typingBetween = (from: number, to: number) => (t: number) => t >= from && t < to;

/** The idle readings taken while a reminder waited, from `due` to when it was shown. */
const readingsBetween = (readings: number[], from: number, to: number) =>
  [...new Set(readings.filter((t) => t >= from && t <= to))].sort((a, b) => a - b);

describe(`a reminder waits for a pause in input under TZ=${zone}`, () => {
  it('shows at once when the person is not typing as it falls due', () => {
    const d = drive(defaults, MON(9));
    d.runUntil(MON(10, 1));
    expect(d.dues()).toEqual([MON(10)]);
    expect(d.reminders()).toEqual([MON(10)]);
    // The first reading comes at the very moment the reminder falls due.
    expect(d.readings).toContain(MON(10));
  });

  it('shows at once for someone already idle for a while, short of a break', () => {
    const idleFrom = MON(9, 58);
    const d = drive(defaults, MON(9), (t) => (t >= idleFrom ? (t - idleFrom) / SEC : 0), {
      typing: () => true,
    });
    d.runUntil(MON(10, 1));
    expect(d.reminders()).toEqual([MON(10)]);
  });

  it('waits while the person types, reading idle every 10 s, and shows at the first pause', () => {
    const stop = MON(10) + 45 * SEC;
    const d = drive(defaults, MON(9), () => 0, { typing: typingBetween(MON(9, 59), stop) });
    d.runUntil(MON(10, 3));
    expect(d.dues()).toEqual([MON(10)]);
    expect(d.reminders()).toEqual([MON(10) + 50 * SEC]);
    expect(readingsBetween(d.readings, MON(10), MON(10) + 50 * SEC)).toEqual(
      [0, 10, 20, 30, 40, 50].map((s) => MON(10) + s * SEC),
    );
  });

  it('never waits longer than 2 minutes, and never reads more often than every 10 s', () => {
    const d = drive(defaults, MON(9), () => 0, { typing: () => true });
    d.runUntil(MON(11, 17));
    expect(INPUT_WAIT_MAX_MS).toBe(2 * MIN);
    expect(INPUT_CHECK_MS).toBe(10 * SEC);
    // Typing through every moment: shown at the end of each wait, the repeat waits as well.
    expect(d.reminders()).toEqual([MON(10, 2), MON(11, 16)]);
    expect(d.dues('repeat')).toEqual([MON(10, 7)]);
    expect(d.reminders('repeat')).toEqual([MON(10, 9)]);
    // The repeat's wait and the ignore follow the moments they were shown.
    expect(d.records('ignored')).toEqual([MON(10, 14)]);
    // One reading as it falls due, then one every 10 s until it shows: 13 in the longest wait.
    const wait = readingsBetween(d.readings, MON(10), MON(10, 2));
    expect(wait).toEqual(Array.from({ length: 13 }, (_, i) => MON(10) + i * INPUT_CHECK_MS));
  });

  it('takes a reading of a few idle seconds as the pause', () => {
    expect(INPUT_PAUSE_SECONDS).toBe(3);
    const short = drive(defaults, MON(9), (t) => (t >= MON(10) ? 2 : 0), { typing: () => true });
    short.runUntil(MON(10, 3));
    expect(short.reminders()).toEqual([MON(10, 2)]);
    const enough = drive(defaults, MON(9), (t) => (t >= MON(10) ? 3 : 0), { typing: () => true });
    enough.runUntil(MON(10, 3));
    expect(enough.reminders()).toEqual([MON(10)]);
  });

  it('asks main for input checks while waiting, and shows the tray the latest it can come', () => {
    const d = drive(defaults, MON(9), () => 0, { typing: () => true });
    d.runUntil(MON(10) + 15 * SEC);
    expect(nextEvent(defaults, d.state, MON(10) + 15 * SEC)).toEqual({
      at: MON(10) + 20 * SEC,
      kind: 'input-check',
    });
    expect(status(defaults, d.state, MON(10) + 15 * SEC)).toMatchObject({
      phase: 'counting',
      nextReminderAt: MON(10, 2),
    });
  });
});

describe(`what ends the wait under TZ=${zone}`, () => {
  const typing = { typing: () => true };

  it('going away (a lock of a break length) ends it: nothing is shown, nothing ignored', () => {
    const d = drive(defaults, MON(9), () => 0, typing);
    d.apply({ type: 'away', since: MON(10, 1), reason: 'lock' }, MON(10, 1));
    d.apply({ type: 'back', at: MON(10, 20), reason: 'lock' }, MON(10, 20));
    d.runUntil(MON(11, 25));
    expect(d.dues()).toEqual([MON(10), MON(11, 20)]);
    expect(d.reminders()).toEqual([MON(11, 22)]);
    expect(d.records('natural-break')).toEqual([MON(10, 6)]);
    expect(d.records('ignored')).toEqual([]);
  });

  it('a pause ends it; the reminder falls due again, and waits again, when the pause ends', () => {
    const d = drive(defaults, MON(9), () => 0, typing);
    d.apply({ type: 'pause', until: MON(10, 30) }, MON(10, 1));
    d.runUntil(MON(10, 33));
    expect(d.dues()).toEqual([MON(10), MON(10, 30)]);
    expect(d.reminders()).toEqual([MON(10, 32)]);
  });

  it('the end of working hours ends it quietly: the reminder was never shown', () => {
    const d = drive(settingsWith({ mon: day(['09:00', '10:01']) }), MON(9), () => 0, typing);
    d.runUntil(MON(11));
    expect(d.dues()).toEqual([MON(10)]);
    expect(d.reminders()).toEqual([]);
    expect(d.records('ignored')).toEqual([]);
  });

  it('a routine started from the tray ends it; so does "I stood up"', () => {
    const routine = drive(defaults, MON(9), () => 0, typing);
    routine.apply({ type: 'routineStarted', kind: 'quick' }, MON(10, 1));
    routine.runUntil(MON(10, 5));
    expect(routine.reminders()).toEqual([]);
    const stood = drive(defaults, MON(9), () => 0, typing);
    stood.apply({ type: 'stoodUp' }, MON(10, 1));
    stood.runUntil(MON(11));
    expect(stood.reminders()).toEqual([]);
    expect(stood.records('stood-up')).toEqual([MON(10, 1)]);
  });

  it('sleep while waiting is time away: nothing stale shows on waking', () => {
    const d = drive(defaults, MON(9), () => 0, typing);
    d.runUntil(MON(10) + 30 * SEC);
    d.jump({ type: 'away', since: MON(10) + 30 * SEC, reason: 'sleep' }, MON(10) + 30 * SEC);
    d.jump({ type: 'back', at: MON(10, 40), reason: 'sleep' }, MON(10, 40));
    d.runUntil(MON(11, 39));
    expect(d.reminders()).toEqual([]);
    expect(d.records('natural-break')).toEqual([MON(10, 5) + 30 * SEC]);
  });

  it('a late wake with no sleep event (the process was stopped) is time away too', () => {
    const d = drive(defaults, MON(9), () => 0, typing);
    d.runUntil(MON(10) + 30 * SEC);
    d.jump({ type: 'wake' }, MON(10, 30)); // the input check at 10:00:40 was never run
    d.runUntil(MON(11, 29));
    expect(d.reminders()).toEqual([]);
    d.runUntil(MON(11, 33));
    expect(d.dues()).toEqual([MON(10), MON(11, 30)]);
    expect(d.reminders()).toEqual([MON(11, 32)]);
  });
});
