import { describe, expect, it } from 'vitest';
import type { DetectedBusyReason } from '../../../electron/core/schedule/busy';
import { status } from '../../../electron/core/schedule/next-event';
import { MIN, MON, drive, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const SEC = 1000;
const defaults = settingsWith();

/** The detectors see `reason` from `from` until (not including) `to`. */
const busyBetween =
  (reason: DetectedBusyReason, from: number, to: number) =>
  (t: number): DetectedBusyReason[] =>
    t >= from && t < to ? [reason] : [];

/** What each shown reminder said about the moment: held for what, shown quietly. */
const shown = (d: ReturnType<typeof drive>) =>
  d.effects.flatMap((e) =>
    e.type === 'remind'
      ? [{ at: e.at, kind: e.kind, after: e.after ?? null, quiet: e.quiet ?? false }]
      : [],
  );
const heldRecords = (d: ReturnType<typeof drive>) =>
  d.effects.flatMap((e) =>
    e.type === 'record' && e.record.type === 'held' ? [{ at: e.at, reason: e.record.reason }] : [],
  );
const within = (times: number[], from: number, to: number) =>
  times.filter((t) => t >= from && t <= to);

describe(`a reminder is held while the person is busy under TZ=${zone}`, () => {
  it('a call across a due reminder: held, then offered the moment the call ends', () => {
    const d = drive(defaults, MON(9), () => 0, {
      busyAt: busyBetween('call', MON(9, 50), MON(10, 20)),
    });
    d.runUntil(MON(10, 10));
    expect(d.reminders()).toEqual([]);
    expect(heldRecords(d)).toEqual([{ at: MON(10), reason: 'call' }]);
    expect(status(defaults, d.state, MON(10, 10)).heldBy).toBe('call');
    d.runUntil(MON(10, 22));
    expect(shown(d)).toEqual([{ at: MON(10, 20), kind: 'first', after: 'call', quiet: false }]);
    // Sitting went on counting through the call.
    const remind = d.effects.find((e) => e.type === 'remind');
    expect(remind?.type === 'remind' && remind.sittingMs).toBe(80 * MIN);
    // Detectors read at the moment it fell due, then at most once a minute; no idle readings
    // while a call holds it (idle is no break then).
    const reads = within(d.busyReadings, MON(10), MON(10, 20));
    expect(reads[0]).toBe(MON(10));
    expect(reads.length).toBe(21);
    expect(within(d.readings, MON(10) + SEC, MON(10, 20) - SEC)).toEqual([]);
  });

  it('idle in a call is not a break; the count goes on', () => {
    const idleFrom = MON(10, 5);
    const idleTo = MON(10, 30);
    const idle = (t: number) => (t >= idleFrom && t < idleTo ? (t - idleFrom) / SEC : 0);
    const d = drive(defaults, MON(9), idle, {
      busyAt: busyBetween('call', MON(9, 50), MON(10, 40)),
    });
    d.runUntil(MON(10, 44));
    expect(d.records('natural-break')).toEqual([]);
    expect(shown(d)).toEqual([{ at: MON(10, 40), kind: 'first', after: 'call', quiet: false }]);
  });

  it('back-to-back calls, and a meeting set by hand as a call ends, hold as one', () => {
    const calls = (t: number): DetectedBusyReason[] =>
      t >= MON(9, 50) && t < MON(10, 30) ? ['call'] : [];
    const d = drive(defaults, MON(9), () => 0, { busyAt: calls });
    d.apply({ type: 'busy', reason: 'meeting', until: MON(11) }, MON(10, 25));
    d.runUntil(MON(11, 2));
    expect(heldRecords(d)).toEqual([{ at: MON(10), reason: 'call' }]);
    expect(shown(d)).toEqual([{ at: MON(11), kind: 'first', after: 'meeting', quiet: false }]);
  });

  it('a call running past the end of working hours: nothing is shown, that day or the next', () => {
    const late = settingsWith({}, { sittingMinutes: 45 });
    const d = drive(late, MON(16), () => 0, {
      busyAt: busyBetween('call', MON(16, 30), MON(17, 30)),
    });
    d.runUntil(MON(17, 40) + 24 * 60 * MIN);
    expect(heldRecords(d)).toEqual([{ at: MON(16, 45), reason: 'call' }]);
    expect(within(d.reminders(), MON(16, 45), MON(9) + 24 * 60 * MIN + 44 * MIN)).toEqual([]);
    // The detectors are left alone once the hours end.
    expect(within(d.busyReadings, MON(17) + 1, MON(9) + 24 * 60 * MIN)).toEqual([]);
  });

  it('Do Not Disturb holds at most its limit, then the reminder shows quietly; no repeat while on', () => {
    const d = drive(defaults, MON(9), () => 0, {
      busyAt: busyBetween('dnd', MON(9, 30), MON(13)),
    });
    d.runUntil(MON(13, 5));
    expect(heldRecords(d)).toEqual([{ at: MON(10), reason: 'dnd' }]);
    const quiet = shown(d);
    expect(quiet[0]).toEqual({ at: MON(12), kind: 'first', after: null, quiet: true });
    // The repeat fell due under Do Not Disturb and waited for it to end.
    expect(quiet[1]).toEqual({ at: MON(13), kind: 'repeat', after: 'dnd', quiet: false });
    expect(quiet).toHaveLength(2);
  });

  it('the Do Not Disturb limit is a setting', () => {
    const short = { ...defaults, busy: { ...defaults.busy, dndLimitMinutes: 30 } };
    const d = drive(short, MON(9), () => 0, { busyAt: busyBetween('dnd', MON(9), MON(17)) });
    d.runUntil(MON(10, 31));
    expect(shown(d)[0]).toMatchObject({ at: MON(10, 30), quiet: true });
  });

  it('idle under Do Not Disturb is still a break', () => {
    const idleFrom = MON(10, 10);
    const idle = (t: number) => (t >= idleFrom && t < MON(10, 20) ? (t - idleFrom) / SEC : 0);
    const d = drive(defaults, MON(9), idle, { busyAt: busyBetween('dnd', MON(9), MON(17)) });
    d.runUntil(MON(10, 30));
    expect(d.records('natural-break').length).toBe(1);
    expect(status(defaults, d.state, MON(10, 30)).heldBy).toBeNull();
  });

  it('a source turned off holds nothing', () => {
    const noCalls = { ...defaults, busy: { ...defaults.busy, call: false } };
    const d = drive(noCalls, MON(9), () => 0, {
      busyAt: busyBetween('call', MON(9, 50), MON(10, 20)),
    });
    d.runUntil(MON(10, 1));
    expect(d.reminders()).toEqual([MON(10)]);
    expect(heldRecords(d)).toEqual([]);
  });

  it('a call that covers no reminder changes nothing, and no detector is read meanwhile', () => {
    const plain = drive(defaults, MON(9));
    plain.runUntil(MON(12));
    const d = drive(defaults, MON(9), () => 0, {
      busyAt: busyBetween('call', MON(10, 10), MON(10, 50)),
    });
    d.runUntil(MON(12));
    expect(d.effects).toEqual(plain.effects);
    // The reminder of 10:00 and its repeat were read for; nothing waited during the call.
    expect(within(d.busyReadings, MON(10, 5) + 1, MON(11, 9))).toEqual([]);
  });

  it('sleep during a call is a break: nothing stale shows on waking', () => {
    const d = drive(defaults, MON(9), () => 0, {
      busyAt: busyBetween('call', MON(9, 50), MON(10, 30)),
    });
    d.apply({ type: 'away', since: MON(10, 5), reason: 'sleep' }, MON(10, 5));
    d.jump({ type: 'back', at: MON(10, 25), reason: 'sleep' }, MON(10, 25));
    d.runUntil(MON(11, 26));
    expect(d.records('natural-break').length).toBe(1);
    expect(shown(d).map((r) => r.at)).toEqual([MON(11, 25)]);
  });

  it('a meeting "until I end it" holds until it is ended by hand', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'busy', reason: 'meeting', until: null }, MON(9, 40));
    d.runUntil(MON(11));
    expect(d.reminders()).toEqual([]);
    expect(status(defaults, d.state, MON(11)).meeting).toEqual({ until: null });
    d.apply({ type: 'notBusy', reason: 'meeting' }, MON(11));
    d.runUntil(MON(11, 2));
    expect(shown(d)).toEqual([{ at: MON(11), kind: 'first', after: 'meeting', quiet: false }]);
    expect(status(defaults, d.state, MON(11, 2)).meeting).toBeNull();
  });
});
