import { describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../../electron/core/schedule/status';
import {
  HOME_COMMANDS,
  MEETINGS,
  PAUSES,
  REMINDER_ANSWERS,
  TRAY_COMMANDS,
  USER_COMMANDS,
  commandEnabled,
} from '../../../electron/core/tray/commands';
import { buildHomeView } from '../../../electron/core/tray/home-view';
import { buildTrayModel, type TrayMenuItem } from '../../../electron/core/tray/menu-model';

const status = (phase: EngineStatus['phase'], skipNext = false): EngineStatus => ({
  phase,
  sittingMs: 0,
  nextReminderAt: null,
  pausedUntil: null,
  hoursResumeAt: null,
  skipNext,
  completedToday: 0,
  heldBy: null,
  meeting: null,
});
const NOW = new Date('2025-03-03T10:00:00').getTime();
const today = { taken: 0, occasions: 0, goal: 4 };

function actions(items: readonly TrayMenuItem[]): { action: string; enabled: boolean }[] {
  return items.flatMap((item) =>
    item.kind === 'action'
      ? [{ action: item.action, enabled: item.enabled }]
      : item.kind === 'submenu'
        ? actions(item.items)
        : [],
  );
}

describe('one vocabulary of commands', () => {
  it('every door offers only commands of the one list', () => {
    for (const door of [TRAY_COMMANDS, HOME_COMMANDS, REMINDER_ANSWERS]) {
      for (const command of door) expect(USER_COMMANDS).toContain(command);
    }
    // Only a reminder can start "what it suggests"; the tray offers everything else.
    expect(TRAY_COMMANDS).not.toContain('start-suggested');
    expect(TRAY_COMMANDS).toHaveLength(USER_COMMANDS.length - 1);
  });

  it('the tray menu and the Unsit window share one rule for "I stood up"', () => {
    for (const phase of ['counting', 'due', 'paused', 'outside-hours', 'away'] as const) {
      const model = buildTrayModel({ status: status(phase), now: NOW, snoozeMinutes: 10, today });
      const inTray = actions(model.items).find((a) => a.action === 'stood-up')?.enabled;
      const home = buildHomeView({ status: status(phase), now: NOW, today, trayHelp: false });
      expect(inTray).toBe(commandEnabled('stood-up', status(phase)));
      expect(home.canStandUp).toBe(commandEnabled('stood-up', status(phase)));
    }
    expect(commandEnabled('stood-up', status('outside-hours'))).toBe(false);
    expect(commandEnabled('stood-up', status('counting'))).toBe(true);
  });

  it('snooze needs a reminder out; skip needs one ahead or out, not already skipped', () => {
    expect(commandEnabled('snooze', status('due'))).toBe(true);
    expect(commandEnabled('snooze', status('counting'))).toBe(false);
    expect(commandEnabled('skip-next', status('counting'))).toBe(true);
    expect(commandEnabled('skip-next', status('counting', true))).toBe(false);
    expect(commandEnabled('skip-next', status('paused'))).toBe(false);
  });

  it('the tray offers every pause of the one list, in its order', () => {
    const model = buildTrayModel({
      status: status('counting'),
      now: NOW,
      snoozeMinutes: 10,
      today,
    });
    const pause = model.items.find((item) => item.kind === 'submenu');
    expect(
      pause?.kind === 'submenu' && pause.items.map((i) => i.kind === 'action' && i.label),
    ).toEqual(PAUSES.map((p) => p.menuLabel));
    expect(PAUSES.map((p) => p.length)).toEqual([
      { minutes: 30 },
      { minutes: 60 },
      { minutes: 120 },
      'rest-of-today',
    ]);
  });
});

describe('"In a meeting", set by hand', () => {
  const meeting = (until: number | null): EngineStatus => ({
    ...status('counting'),
    meeting: { until },
  });

  it('the tray offers its lengths, then only to end it while one is on', () => {
    const off = buildTrayModel({ status: status('counting'), now: NOW, snoozeMinutes: 10, today });
    const submenu = off.items.find(
      (item) => item.kind === 'submenu' && item.label === 'In a meeting',
    );
    expect(
      submenu?.kind === 'submenu' && submenu.items.map((i) => i.kind === 'action' && i.action),
    ).toEqual(MEETINGS.map((m) => m.command));
    expect(actions(off.items).some((a) => a.action === 'meeting-end')).toBe(false);
    const on = buildTrayModel({ status: meeting(null), now: NOW, snoozeMinutes: 10, today });
    expect(actions(on.items).filter((a) => a.action.startsWith('meeting-'))).toEqual([
      { action: 'meeting-end', enabled: true },
    ]);
  });

  it('the Unsit window knows whether one is on', () => {
    expect(
      buildHomeView({ status: status('counting'), now: NOW, today, trayHelp: false }).inMeeting,
    ).toBe(false);
    expect(
      buildHomeView({ status: meeting(NOW + 60_000), now: NOW, today, trayHelp: false }).inMeeting,
    ).toBe(true);
  });

  it('lasts 30, 60 or 90 minutes, or until it is ended', () => {
    expect(MEETINGS.map((m) => m.minutes)).toEqual([30, 60, 90, null]);
    for (const { command } of MEETINGS) expect(HOME_COMMANDS).toContain(command);
  });
});
