import { describe, expect, it } from 'vitest';
import { nextEvent, status } from '../../../electron/core/schedule/next-event';
import { previewDay } from '../../../electron/core/schedule/day-preview';
import { MIN, MON, day, drive, off, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const defaults = settingsWith();

describe(`next event and status under TZ=${zone}`, () => {
  it('waits for working hours outside them, without idle checks', () => {
    const d = drive(defaults, MON(7));
    expect(nextEvent(defaults, d.state, MON(7))).toEqual({ at: MON(9), kind: 'hours-start' });
    expect(status(defaults, d.state, MON(7))).toMatchObject({
      phase: 'outside-hours',
      hoursResumeAt: MON(9),
    });
  });

  it('checks idle adaptively: every break length while active, sooner only as idle grows', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'idleSeconds', seconds: 0 }, MON(9));
    expect(nextEvent(defaults, d.state, MON(9))).toEqual({ at: MON(9, 5), kind: 'idle-check' });
    d.jump({ type: 'idleSeconds', seconds: 180 }, MON(9, 5));
    expect(nextEvent(defaults, d.state, MON(9, 5))).toEqual({ at: MON(9, 7), kind: 'idle-check' });
    d.jump({ type: 'idleSeconds', seconds: 290 }, MON(9, 7));
    expect(nextEvent(defaults, d.state, MON(9, 7))?.at).toBe(MON(9, 8)); // never closer than a minute
  });

  it('does not poll idle while paused or locked', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'pause', until: MON(11) }, MON(9, 10));
    expect(nextEvent(defaults, d.state, MON(9, 10))).toEqual({ at: MON(11), kind: 'pause-end' });
    const l = drive(defaults, MON(9));
    l.apply({ type: 'away', since: MON(9, 10), reason: 'lock' }, MON(9, 10));
    expect(nextEvent(defaults, l.state, MON(9, 10))).toEqual({
      at: MON(9, 15),
      kind: 'natural-break',
    });
  });

  it('reports what the tray shows', () => {
    const d = drive(defaults, MON(9));
    d.runUntil(MON(9, 37));
    expect(status(defaults, d.state, MON(9, 37))).toMatchObject({
      phase: 'counting',
      nextReminderAt: MON(10),
      sittingMs: 37 * MIN,
    });
    d.runUntil(MON(10, 1));
    expect(status(defaults, d.state, MON(10, 1)).phase).toBe('due');
    d.apply({ type: 'skipNext' }, MON(10, 2));
    d.apply({ type: 'skipNext' }, MON(10, 3));
    expect(status(defaults, d.state, MON(10, 3))).toMatchObject({
      skipNext: true,
      nextReminderAt: MON(12, 2),
    });
  });
});

describe(`day preview under TZ=${zone}`, () => {
  it('shows the working ranges and where reminders land for someone taking each break', () => {
    const s = settingsWith({ wed: day(['09:00', '12:30'], ['13:30', '17:30']) });
    const p = previewDay({ ...s, weekday: 'wed' });
    expect(p.working).toEqual([
      { startMinute: 540, endMinute: 750 },
      { startMinute: 810, endMinute: 1050 },
    ]);
    expect(p.workingMinutes).toBe(450);
    // 10:00, then 60 min after each 5 min break; the lunch gap restarts the count at 13:30.
    // The full routine is suggested twice, at least 3 hours apart; the rest are quick.
    expect(p.reminders).toEqual([
      { minute: 600, suggests: 'full' },
      { minute: 665, suggests: 'quick' },
      { minute: 730, suggests: 'quick' },
      { minute: 870, suggests: 'full' },
      { minute: 935, suggests: 'quick' },
      { minute: 1000, suggests: 'quick' },
    ]);
  });

  it('splits an overnight range at midnight and shows nothing on a day off', () => {
    const s = settingsWith({ sun: day(['22:00', '02:00']), mon: off() });
    expect(previewDay({ ...s, weekday: 'mon' })).toMatchObject({
      working: [{ startMinute: 0, endMinute: 120 }],
      // 23:00 Sunday suggested the full routine, so 00:05 and 01:10 come too soon after it.
      reminders: [
        { minute: 5, suggests: 'quick' },
        { minute: 70, suggests: 'quick' },
      ],
    });
    expect(previewDay({ ...s, weekday: 'sat' })).toEqual({
      working: [],
      reminders: [],
      workingMinutes: 0,
    });
  });
});
