import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../electron/core/settings/schema';
import { restoreTimerState } from '../../../electron/core/schedule/timer-state-migrations';
import { skipBecause } from '../../skip';
import { HOUR, MIN, MON, day, drive, dstChanges, local, off, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const defaults = settingsWith();
const completed = {
  outcome: 'completed',
  holdsDone: 13,
  holdCount: 13,
  durationMs: 8 * MIN,
} as const;

describe(`sitting timer under TZ=${zone}`, () => {
  it('reminds after an hour of sitting, repeats once, then counts it as ignored and restarts', () => {
    const d = drive(defaults, MON(8));
    d.runUntil(MON(17, 30));
    expect(d.reminders()).toEqual([
      MON(10),
      MON(11, 10),
      MON(12, 20),
      MON(13, 30),
      MON(14, 40),
      MON(15, 50),
    ]);
    expect(d.reminders('repeat')).toEqual(d.reminders().map((t) => t + 5 * MIN));
    expect(d.records('ignored')).toEqual(d.reminders().map((t) => t + 10 * MIN));
  });

  it('never reminds outside working hours and withdraws an open reminder when they end', () => {
    const s = settingsWith({
      mon: day(['09:00', '10:02']),
      tue: off(),
      wed: off(),
      thu: off(),
      fri: off(),
    });
    const d = drive(s, MON(8));
    d.runUntil(local(2025, 1, 20, 8));
    expect(d.reminders()).toEqual([MON(10)]);
    expect(d.reminders('repeat')).toEqual([]);
    expect(d.withdrawals()).toEqual([
      { type: 'withdraw-reminder', at: MON(10, 2), reason: 'hours-ended' },
    ]);
  });

  it('keeps sitting across a gap shorter than the break, restarts after a longer one', () => {
    const short = drive(settingsWith({ mon: day(['09:00', '09:40'], ['09:43', '12:00']) }), MON(8));
    short.runUntil(MON(10, 30));
    expect(short.reminders()).toEqual([MON(10, 3)]);
    const long = drive(settingsWith({ mon: day(['09:00', '09:40'], ['09:45', '12:00']) }), MON(8));
    long.runUntil(MON(11));
    expect(long.reminders()).toEqual([MON(10, 45)]);
  });

  it('counts a night shift across midnight', () => {
    const s = settingsWith({ mon: day(['22:00', '06:00']), tue: day() });
    const d = drive(s, MON(21));
    d.runUntil(local(2025, 1, 14, 6, 30));
    expect(d.reminders().slice(0, 2)).toEqual([MON(23), local(2025, 1, 14, 0, 10)]);
    expect(d.reminders().every((t) => t >= MON(22) && t < local(2025, 1, 14, 6))).toBe(true);
  });

  it('treats a short lock as sitting and a lock of the break length as a natural break', () => {
    const short = drive(defaults, MON(9));
    short.apply({ type: 'away', since: MON(9, 30), reason: 'lock' }, MON(9, 30));
    short.apply({ type: 'back', at: MON(9, 34), reason: 'lock' }, MON(9, 34));
    short.runUntil(MON(10, 1));
    expect(short.reminders()).toEqual([MON(10)]);
    expect(short.records('natural-break')).toEqual([]);

    const long = drive(defaults, MON(9));
    long.apply({ type: 'away', since: MON(9, 30), reason: 'lock' }, MON(9, 30));
    long.apply({ type: 'back', at: MON(9, 40), reason: 'lock' }, MON(9, 40));
    long.runUntil(MON(10, 41));
    expect(long.records('natural-break')).toEqual([MON(9, 35)]);
    expect(long.reminders()).toEqual([MON(10, 40)]);
  });

  it('sees idle time at the break length as a natural break and restarts from the return', () => {
    // Idle from 09:20 to 09:50: the system reports seconds since the last input.
    const idle = (t: number) => (t >= MON(9, 20) && t < MON(9, 50) ? (t - MON(9, 20)) / 1000 : 0);
    const d = drive(defaults, MON(9), idle);
    d.runUntil(MON(11));
    expect(d.records('natural-break')).toEqual([MON(9, 25)]);
    const first = d.reminders()[0] as number;
    // The return is noticed at the next check, at most five minutes after it.
    expect(first).toBeGreaterThanOrEqual(MON(10, 50));
    expect(first).toBeLessThanOrEqual(MON(10, 55));
  });

  it('does not fire stale reminders when a wake-up comes long after sleep', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'away', since: MON(9, 50), reason: 'sleep' }, MON(9, 50));
    d.jump({ type: 'wake' }, MON(13)); // the armed job fires late, before the resume event
    d.jump({ type: 'back', at: MON(13), reason: 'sleep' }, MON(13));
    d.runUntil(MON(14, 1));
    expect(d.reminders()).toEqual([MON(14)]);
    expect(d.records('natural-break')).toEqual([MON(9, 55)]);
  });

  it('treats a late wake without any sleep event (clock jumped ahead) as unobserved time', () => {
    const d = drive(defaults, MON(9));
    d.runUntil(MON(9, 50));
    d.jump({ type: 'wake' }, MON(12)); // nobody woke the core in between
    expect(d.reminders()).toEqual([]);
    d.runUntil(MON(13, 1));
    expect(d.reminders()).toEqual([MON(13)]);
  });

  it('survives the clock being set back without double counting or firing twice', () => {
    const d = drive(defaults, MON(9));
    d.runUntil(MON(9, 50));
    d.jump({ type: 'wake' }, MON(9, 20)); // clock set back 30 min: 50 min already counted
    d.runUntil(MON(9, 31));
    expect(d.reminders()).toEqual([MON(9, 30)]);
    d.runUntil(MON(10, 30));
    expect(d.reminders()).toEqual([MON(9, 30)]);
  });

  it('snoozes for sitting time, skips and restarts, and honours "skip next"', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'answer', action: 'snooze' }, MON(10, 1));
    d.apply({ type: 'answer', action: 'skip' }, MON(10, 12));
    d.apply({ type: 'skipNext' }, MON(10, 30));
    d.runUntil(MON(12, 30));
    expect(d.records('snoozed')).toEqual([MON(10, 1)]);
    expect(d.reminders()).toEqual([MON(10), MON(10, 11), MON(12, 12)]);
    expect(d.records('skipped')).toEqual([MON(10, 12), MON(11, 12)]);
  });

  it('resets after a completed routine, and after an abandoned one only if half was done', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'answer', action: 'start' }, MON(10, 1));
    d.apply({ type: 'routineFinished', result: completed }, MON(10, 9));
    d.runUntil(MON(11, 10));
    expect(d.reminders()).toEqual([MON(10), MON(11, 9)]);
    d.apply({ type: 'routineStarted', kind: 'full' }, MON(11, 10));
    const little = {
      outcome: 'ended-early',
      holdsDone: 6,
      holdCount: 13,
      durationMs: 3 * MIN,
    } as const;
    d.apply({ type: 'routineFinished', result: little }, MON(11, 13));
    d.runUntil(MON(11, 25));
    // 60 min sat before the routine, so the count is not reset; but the user just chose to
    // stop, so the reminder waits 10 more minutes of sitting (the snooze length), not 0.
    expect(d.reminders()).toEqual([MON(10), MON(11, 9), MON(11, 23)]);
    d.apply({ type: 'routineStarted', kind: 'full' }, MON(11, 24));
    const most = {
      outcome: 'ended-early',
      holdsDone: 7,
      holdCount: 13,
      durationMs: 5 * MIN,
    } as const;
    d.apply({ type: 'routineFinished', result: most }, MON(11, 29));
    d.runUntil(MON(12, 30));
    expect(d.reminders().slice(3)).toEqual([MON(12, 29)]);
    expect(d.state.completed.count).toBe(1);
  });

  it('keeps counting while paused, reminds at once when the pause ends overdue', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'pause', until: MON(10, 30) }, MON(9, 45));
    d.runUntil(MON(10, 31));
    expect(d.reminders()).toEqual([MON(10, 30)]);
    expect(Math.round(d.state.sittingMs / MIN)).toBe(91);
  });

  it('lets a pause that runs past the end of working hours end quietly', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'pause', until: MON(17, 30) }, MON(16, 30));
    d.runUntil(local(2025, 1, 14, 9, 59));
    expect(d.reminders().filter((t) => t > MON(16, 30))).toEqual([]);
    d.runUntil(local(2025, 1, 14, 10, 1));
    expect(d.reminders().at(-1)).toBe(local(2025, 1, 14, 10));
  });

  it('resumes early from a pause and reminds promptly if due', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'pause', until: MON(12) }, MON(9, 30));
    d.apply({ type: 'resume' }, MON(10, 20));
    expect(d.reminders()).toEqual([MON(10, 20)]);
  });

  const { spring, fall } = dstChanges(2025);
  it.skipIf(skipBecause(!spring || !fall, `sitting across DST changes: ${zone} has none in 2025`))(
    'counts real elapsed time over a DST change',
    () => {
      const allDay = settingsWith(
        Object.fromEntries(WEEKDAYS.map((w) => [w, day(['00:00', '24:00'])])),
      );
      for (const change of [spring as number, fall as number]) {
        const d = drive(allDay, change - 30 * MIN);
        d.runUntil(change + 31 * MIN);
        expect(d.reminders()).toEqual([change + 30 * MIN]);
      }
    },
  );

  it('starts fresh from a stored state that does not validate', () => {
    const { state, restored } = restoreTimerState(defaults, { version: 1, asOf: 'x' }, MON(9));
    expect(restored).toBe(false);
    expect(state.sittingMs).toBe(0);
    const again = restoreTimerState(defaults, JSON.parse(JSON.stringify(state)), MON(9));
    expect(again.restored).toBe(true);
  });

  it('never fires the same reminder twice in a 24/7 week', () => {
    const allDay = settingsWith(
      Object.fromEntries(WEEKDAYS.map((w) => [w, day(['00:00', '24:00'])])),
    );
    const d = drive(allDay, MON(0));
    d.runUntil(MON(0) + 7 * 24 * HOUR);
    const firsts = d.reminders();
    // An hour of sitting, then 10 minutes until the unanswered reminder counts as ignored.
    expect(firsts).toHaveLength(Math.floor((7 * 24 * HOUR) / (70 * MIN)));
    expect(new Set(firsts).size).toBe(firsts.length);
    firsts
      .slice(1)
      .forEach((t, i) => expect(t - (firsts[i] as number)).toBeGreaterThanOrEqual(60 * MIN));
  });
});
