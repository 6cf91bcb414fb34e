import { describe, expect, it } from 'vitest';
import { status } from '../../main/fakes/electron';
import type { EngineStatus } from '../../../electron/core/schedule/status';
import {
  buildTrayModel,
  durationLabel,
  sameMenuItems,
  todayLabel,
  tooltipChangesAt,
  trayTooltip,
  type TrayMenuItem,
} from '../../../electron/core/tray/menu-model';

// Times are built from local wall-clock parts, so the expectations hold in every TZ.
const at = (day: number, hour: number, minute = 0) =>
  new Date(2025, 2, day, hour, minute).getTime();
// 2025-03-10 is a Monday.
const MONDAY_1300 = at(10, 13);

const TODAY = { taken: 2, occasions: 3, goal: 4 };
const model = (s: EngineStatus, now = MONDAY_1300, locale = 'en-GB', today = TODAY) =>
  buildTrayModel({ status: s, now, locale, snoozeMinutes: 10, today });

function labels(items: readonly TrayMenuItem[]): string[] {
  return items.flatMap((item) =>
    item.kind === 'separator'
      ? []
      : item.kind === 'submenu'
        ? [item.label, ...labels(item.items)]
        : [item.label],
  );
}

function action(
  items: readonly TrayMenuItem[],
  name: string,
): Extract<TrayMenuItem, { kind: 'action' }> | undefined {
  for (const item of items) {
    if (item.kind === 'action' && item.action === name) return item;
    if (item.kind === 'submenu') {
      const found = action(item.items, name);
      if (found) return found;
    }
  }
  return undefined;
}

describe('tray tooltip', () => {
  it('counts down to the next stretch in whole minutes, rounding up', () => {
    const s = status({ nextReminderAt: MONDAY_1300 + 22 * 60_000 + 10_000 });
    expect(trayTooltip(s, MONDAY_1300, 'en-GB')).toBe('Next stretch in 23 min');
  });

  it('uses hours for long waits and never says "in 0 min"', () => {
    expect(durationLabel(65 * 60_000)).toBe('1 h 5 min');
    expect(durationLabel(120 * 60_000)).toBe('2 h');
    expect(durationLabel(5_000)).toBe('1 min');
    expect(durationLabel(-5_000)).toBe('1 min');
  });

  it('says what a held reminder waits for, in the tooltip and the menu, with no countdown', () => {
    const words = (heldBy: EngineStatus['heldBy']) =>
      trayTooltip(status({ heldBy, nextReminderAt: null }), MONDAY_1300, 'en-GB');
    expect(words('call')).toBe('Waiting for your call to end');
    expect(words('fullscreen')).toBe('Waiting for the presentation to end');
    expect(words('dnd')).toBe('Waiting for Do Not Disturb to end');
    expect(words('meeting')).toBe('Waiting for the meeting to end');
    const meeting = status({ heldBy: 'meeting', nextReminderAt: MONDAY_1300 + 20 * 60_000 });
    expect(tooltipChangesAt(meeting, MONDAY_1300)).toBeNull();
    expect(trayTooltip(meeting, MONDAY_1300, 'en-GB')).toBe('Waiting for the meeting to end');
  });

  it('says a break is due', () => {
    expect(trayTooltip(status({ phase: 'due' }), MONDAY_1300, 'en-GB')).toBe('Break due now');
  });

  it('gives the clock time a pause ends today', () => {
    const s = status({ phase: 'paused', pausedUntil: at(10, 14, 30) });
    expect(trayTooltip(s, MONDAY_1300, 'en-GB')).toBe('Paused until 14:30');
  });

  it('names the weekday when working hours resume on another day', () => {
    // Friday evening, hours resume on Monday.
    const s = status({ phase: 'outside-hours', hoursResumeAt: at(10, 9) });
    expect(trayTooltip(s, at(7, 18), 'en-GB')).toBe('Off until Mon 09:00');
  });

  it('leaves out the weekday when hours resume later the same day', () => {
    const s = status({ phase: 'outside-hours', hoursResumeAt: at(10, 13, 30) });
    expect(trayTooltip(s, at(10, 12, 45), 'en-GB')).toBe('Off until 13:30');
  });

  it('follows a 12-hour locale without a leading zero', () => {
    const s = status({ phase: 'paused', pausedUntil: at(10, 14, 30) });
    expect(trayTooltip(s, MONDAY_1300, 'en-US')).toMatch(/^Paused until 2:30\sPM$/);
  });

  it('says when no working hours lie ahead', () => {
    const s = status({ phase: 'outside-hours', hoursResumeAt: null });
    expect(trayTooltip(s, MONDAY_1300, 'en-GB')).toMatch(/no working hours/i);
  });

  it('says a skipped break is skipped rather than counting down to it', () => {
    const s = status({ skipNext: true, nextReminderAt: MONDAY_1300 + 60_000 });
    expect(trayTooltip(s, MONDAY_1300, 'en-GB')).toBe('Next break will be skipped');
  });
});

describe('tray menu model', () => {
  it('lists the commands in order, with the status line and the breaks of the day', () => {
    const s = status({ nextReminderAt: at(10, 13, 23) });
    expect(labels(model(s).items)).toEqual([
      'Quick stretch',
      'Full routine',
      'I stood up',
      'Next stretch at 13:23',
      'Snooze 10 min',
      'Skip next break',
      'Pause reminders',
      'For 30 minutes',
      'For 1 hour',
      'For 2 hours',
      'For the rest of today',
      'In a meeting',
      'For 30 minutes',
      'For 1 hour',
      'For 90 minutes',
      'Until I end it',
      'Today: 2 of 3 breaks',
      'Statistics…',
      'Settings…',
      'Quit Unsit',
    ]);
  });

  it('only allows snoozing while a break is due', () => {
    expect(action(model(status()).items, 'snooze')?.enabled).toBe(false);
    const due = model(status({ phase: 'due' }));
    expect(action(due.items, 'snooze')?.enabled).toBe(true);
    expect(action(due.items, 'skip-next')?.label).toBe('Skip this break');
  });

  it('offers Resume instead of the pause submenu while paused', () => {
    const paused = model(status({ phase: 'paused', pausedUntil: at(10, 14) }));
    expect(action(paused.items, 'resume')?.enabled).toBe(true);
    expect(action(paused.items, 'pause-30')).toBeUndefined();
    expect(labels(paused.items)).toContain('Paused until 14:00');
  });

  it('offers both kinds of break at any time, and "I stood up" while sitting is counted', () => {
    for (const phase of ['counting', 'due', 'away', 'paused', 'outside-hours'] as const) {
      const items = model(status({ phase })).items;
      expect(action(items, 'start-quick')?.enabled).toBe(true);
      expect(action(items, 'start-full')?.enabled).toBe(true);
      expect(action(items, 'stood-up')?.enabled).toBe(phase !== 'outside-hours');
    }
  });

  it('cannot skip twice', () => {
    const s = status({ skipNext: true });
    expect(action(model(s).items, 'skip-next')?.enabled).toBe(false);
  });

  it('picks the icon for each state', () => {
    expect(model(status()).icon).toBe('counting');
    expect(model(status({ phase: 'away' })).icon).toBe('counting');
    expect(model(status({ phase: 'due' })).icon).toBe('due');
    expect(model(status({ phase: 'paused' })).icon).toBe('paused');
    expect(model(status({ phase: 'outside-hours' })).icon).toBe('off');
  });

  it('words the breaks of the day naturally, and says when the goal is met', () => {
    expect(todayLabel({ taken: 0, occasions: 0, goal: 4 })).toBe('Today: no breaks yet');
    expect(todayLabel({ taken: 0, occasions: 1, goal: 4 })).toBe('Today: 0 of 1 break');
    expect(todayLabel({ taken: 3, occasions: 6, goal: 4 })).toBe('Today: 3 of 6 breaks');
    expect(todayLabel({ taken: 4, occasions: 6, goal: 4 })).toBe('Today: 4 of 6 breaks, goal met');
  });

  it('rebuilds the menu when a break is recorded, and only then', () => {
    const s = status({ nextReminderAt: at(10, 14) });
    const before = model(s);
    const same = model(s, MONDAY_1300, 'en-GB', { ...TODAY });
    expect(sameMenuItems(before.items, same.items)).toBe(true);
    const after = model(s, MONDAY_1300, 'en-GB', { ...TODAY, taken: 3 });
    expect(sameMenuItems(before.items, after.items)).toBe(false);
  });

  it('keeps the same menu as time passes while the status stays the same', () => {
    const s = status({ nextReminderAt: at(10, 14) });
    const earlier = model(s, at(10, 13));
    const later = model(s, at(10, 13, 20));
    expect(sameMenuItems(earlier.items, later.items)).toBe(true);
    expect(earlier.tooltip).not.toBe(later.tooltip);
    const due = model(status({ phase: 'due' }), at(10, 13, 20));
    expect(sameMenuItems(earlier.items, due.items)).toBe(false);
  });
});
