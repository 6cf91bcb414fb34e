import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../../../electron/core/settings/schema';
import { pauseEnd } from '../../../electron/core/schedule/next-event';
import { MIN, MON, day, drive, local, off, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const defaults = settingsWith();
const TUE = (h: number, mi = 0) => local(2025, 1, 14, h, mi);
const everyDay = (from: string, to: string) =>
  Object.fromEntries(WEEKDAYS.map((w) => [w, day([from, to])]));

describe(`settings changed mid-count under TZ=${zone}`, () => {
  it('a limit lowered below the sitting time reminds at once, and only once', () => {
    const run = drive(defaults, MON(9));
    // 9:43, between two idle readings: one taken at the same instant would have seen typing.
    run.changeSettings(settingsWith({}, { sittingMinutes: 30 }), MON(9, 43));
    run.runUntil(MON(10, 29));
    // 43 min sat: reminded at the change; repeat, ignored, then 30 more minutes.
    expect(run.reminders()).toEqual([MON(9, 43), MON(10, 23)]);
    expect(run.reminders('repeat')).toEqual([MON(9, 48), MON(10, 28)]);
  });

  it('hours changed so that now is off hours withdraw the open reminder', () => {
    const run = drive(defaults, MON(9));
    run.runUntil(MON(10, 1));
    run.changeSettings(settingsWith({ mon: day(['13:00', '17:00']) }), MON(10, 1));
    run.runUntil(MON(14, 1));
    expect(run.withdrawals()).toEqual([
      { type: 'withdraw-reminder', at: MON(10, 1), reason: 'hours-ended' },
    ]);
    expect(run.records('ignored')).toEqual([MON(10, 1)]);
    expect(run.reminders()).toEqual([MON(10), MON(14)]);
    expect(run.reminders('repeat')).toEqual([]);
  });

  it('a break length shortened while away takes effect at once; lengthened, later', () => {
    const shorter = drive(defaults, MON(9, 30));
    shorter.apply({ type: 'away', since: MON(10), reason: 'lock' }, MON(10));
    shorter.changeSettings(settingsWith({}, { breakMinutes: 2 }), MON(10, 3));
    shorter.apply({ type: 'back', at: MON(10, 20), reason: 'lock' }, MON(10, 20));
    shorter.runUntil(MON(11, 21));
    expect(shorter.records('natural-break')).toEqual([MON(10, 3)]);
    expect(shorter.reminders()).toEqual([MON(11, 20)]);

    const longer = drive(defaults, MON(9, 30));
    longer.apply({ type: 'away', since: MON(10), reason: 'lock' }, MON(10));
    longer.changeSettings(settingsWith({}, { breakMinutes: 15 }), MON(10, 3));
    longer.apply({ type: 'back', at: MON(10, 10), reason: 'lock' }, MON(10, 10));
    longer.runUntil(MON(10, 31));
    // Ten minutes locked is now a short absence: it still counts as sitting.
    expect(longer.records('natural-break')).toEqual([]);
    expect(longer.reminders()).toEqual([MON(10, 30)]);
  });
});

describe(`pause, resume, snooze and skip at odd moments under TZ=${zone}`, () => {
  it('"rest of today" in a night shift after midnight ends with that shift', () => {
    const nights = settingsWith(everyDay('22:00', '06:00'));
    expect(pauseEnd(nights, 'rest-of-today', TUE(1))).toBe(TUE(6));
    expect(pauseEnd(nights, 'rest-of-today', MON(23))).toBe(TUE(6));
    const run = drive(nights, MON(21));
    run.runUntil(TUE(1));
    run.apply({ type: 'pause', until: pauseEnd(nights, 'rest-of-today', TUE(1)) }, TUE(1));
    run.runUntil(local(2025, 1, 15, 0, 5));
    // Nothing in the rest of this shift; tonight's shift is reminded as usual.
    expect(run.reminders().filter((t) => t >= TUE(1))).toEqual([TUE(23)]);
  });

  it('"rest of today" with round-the-clock hours ends at midnight, not days later', () => {
    const allDay = settingsWith(everyDay('00:00', '24:00'));
    expect(pauseEnd(allDay, 'rest-of-today', MON(10))).toBe(TUE(0));
    const run = drive(allDay, MON(10));
    run.apply({ type: 'pause', until: pauseEnd(allDay, 'rest-of-today', MON(10)) }, MON(10));
    run.runUntil(TUE(0, 1));
    expect(run.reminders()).toEqual([TUE(0)]);
  });

  it('resume when not paused and snooze with nothing open change nothing', () => {
    const run = drive(defaults, MON(9));
    run.apply({ type: 'answer', action: 'snooze' }, MON(9, 30));
    run.apply({ type: 'resume' }, MON(10, 2));
    run.runUntil(MON(10, 11));
    expect(run.reminders()).toEqual([MON(10)]);
    expect(run.reminders('repeat')).toEqual([MON(10, 5)]);
    expect(run.records('ignored')).toEqual([MON(10, 10)]);
    expect(run.records('snoozed')).toEqual([]);
    expect(run.notes('pause-end')).toEqual([]);
  });

  it('"skip next break" is used up by a natural break taken before it', () => {
    const run = drive(defaults, MON(9));
    run.apply({ type: 'skipNext' }, MON(9, 30));
    expect(run.state.skipNext).toBe(true);
    run.apply({ type: 'away', since: MON(9, 40), reason: 'lock' }, MON(9, 40));
    run.apply({ type: 'back', at: MON(9, 50), reason: 'lock' }, MON(9, 50));
    expect(run.state.skipNext).toBe(false);
    run.runUntil(MON(10, 51));
    expect(run.reminders()).toEqual([MON(10, 50)]);
    expect(run.records('skipped')).toEqual([]);
  });

  it('"skip next break" asked late on Friday does not eat Monday\'s first reminder', () => {
    const fri = (h: number, mi = 0) => local(2025, 1, 17, h, mi);
    const run = drive(defaults, fri(16));
    run.apply({ type: 'skipNext' }, fri(16, 50));
    run.runUntil(local(2025, 1, 20, 10, 1));
    expect(run.reminders().filter((t) => t > fri(17))).toEqual([local(2025, 1, 20, 10)]);
    expect(run.records('skipped')).toEqual([]);
  });
});

describe(`an unanswered reminder when the hours end under TZ=${zone}`, () => {
  const onlyMonday = { tue: off(), wed: off(), thu: off(), fri: off() };

  it('counts as ignored, even before its repeat, and the count starts over', () => {
    // A gap of 2 min (shorter than a break) after a reminder: no second reminder at 10:04.
    const run = drive(settingsWith({ mon: day(['09:00', '10:02'], ['10:04', '12:00']) }), MON(8));
    run.runUntil(MON(11, 5));
    expect(run.records('ignored')).toEqual([MON(10, 2)]);
    expect(run.reminders()).toEqual([MON(10), MON(11, 4)]);
    expect(run.reminders('repeat')).toEqual([]);
  });

  it('after its repeat too, with exactly one outcome per reminder', () => {
    const run = drive(settingsWith({ mon: day(['09:00', '10:07']), ...onlyMonday }), MON(8));
    run.runUntil(local(2025, 1, 20, 8));
    expect(run.reminders()).toEqual([MON(10)]);
    expect(run.reminders('repeat')).toEqual([MON(10, 5)]);
    expect(run.records('ignored')).toEqual([MON(10, 7)]);
    expect(run.withdrawals()).toHaveLength(1);
  });

  it('a pause is an answer: the withdrawn reminder is not counted as ignored', () => {
    const run = drive(defaults, MON(9));
    run.apply({ type: 'pause', until: MON(10, 30) }, MON(10, 2));
    run.runUntil(MON(10, 31));
    expect(run.records('ignored')).toEqual([]);
    expect(run.reminders()).toEqual([MON(10), MON(10, 30)]);
    expect(run.state.sittingMs).toBe(91 * MIN); // paused, not standing: still counted
  });
});
