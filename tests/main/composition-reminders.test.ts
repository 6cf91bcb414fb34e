import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type ReminderView } from '../../electron/core/ipc/contract';
import { breakMinutes } from '../../electron/core/routine/length';
import { planForBreak } from '../../electron/core/routine/plan';
import type { Settings } from '../../electron/core/settings/schema';
import { createAppRunner, notBuilt, steps, type Run } from './stand-in-electron/run-app';
import { alwaysWorkingSettings, seeded } from './stand-in-electron/seed';

// The reminder flow of the built main process, with the real reminder service on node-schedule:
// the seeded timer state has reached the sitting limit, so the reminder is due as the app
// starts (however long the start takes), and the stand-in answers it like a user would.
const skipSuite = notBuilt('reminders in the built main process');
const runner = createAppRunner();
// Each test starts a child Node process, which takes seconds on a loaded machine: the limits
// are generous because they only stop a hung run, and no test measures how long it took.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
afterAll(runner.cleanUp);

const historyRecords = (run: Run) => {
  const file = JSON.parse(readFileSync(join(run.userData, 'history.json'), 'utf8')) as {
    records: { type: string; sittingMinutes?: number; kind?: string }[];
  };
  return file.records;
};

/** The first reminder of a fresh day suggests the full routine (the break choice's defaults). */
const fullMinutes = (settings: Settings) => breakMinutes(planForBreak(settings, 'full'));
const quickMinutes = (settings: Settings) => breakMinutes(planForBreak(settings, 'quick'));

const openWindowsStep = (run: Run) => steps<{ openWindows: string[] }>(run, 'openWindows');

interface InvokeResult {
  result?: unknown;
  error?: string;
}

describe.skipIf(skipSuite)('reminders in the built main process', () => {
  describe('as a notification, clicked', () => {
    const settings = alwaysWorkingSettings('notification');
    let run: Run;
    beforeAll(() => {
      run = runner.run([], {
        prepare: seeded(settings),
        scenario: [{ notification: 'click' }, { openWindows: true }],
      });
    });

    it('shows one notification naming the suggested break, its length and the sitting time', () => {
      expect(steps(run, 'notification')).toEqual([
        expect.objectContaining({ notification: 'click', found: true }),
      ]);
      expect(run.log.notifications).toHaveLength(1);
      const [shown] = run.log.notifications;
      expect(shown?.shown).toBe(true);
      expect(shown?.title?.trim()).not.toBe('');
      expect(shown?.body).toMatch(/^Full hip-flexor routine/);
      const numbers = (shown?.body ?? '').match(/\d+/g)?.map(Number) ?? [];
      expect(numbers).toEqual([fullMinutes(settings), settings.reminders.sittingMinutes]);
    });

    it('offers buttons only where Electron delivers them (macOS and Windows)', () => {
      const actions = run.log.notifications[0]?.actions;
      if (process.platform === 'darwin' || process.platform === 'win32') {
        expect(actions?.[0]?.text).toBe('Start');
      } else {
        expect(actions).toBeNull();
      }
    });

    it('on click closes the notification and opens exactly one routine window, focused', () => {
      expect(run.log.notifications[0]?.closed).toBe(true);
      expect(openWindowsStep(run)).toEqual([{ openWindows: ['app://unsit/routine.html'] }]);
      expect(run.log.windows).toHaveLength(1);
      expect(run.log.windows[0]?.urls).toEqual(['app://unsit/routine.html']);
      expect(run.log.windows[0]?.shown).toBe('focused');
    });

    it('records the reminder at the sitting limit, then the routine it suggested, started', () => {
      const records = historyRecords(run);
      expect(records.slice(0, 2).map(({ type, kind }) => ({ type, kind }))).toEqual([
        { type: 'reminded', kind: 'full' },
        { type: 'started', kind: 'full' },
      ]);
      expect(records[0]?.sittingMinutes).toBe(settings.reminders.sittingMinutes);
    });
  });

  describe("as Unsit's own window, snoozed there", () => {
    const settings = alwaysWorkingSettings('window');
    let run: Run;
    beforeAll(() => {
      run = runner.run([], {
        prepare: seeded(settings),
        scenario: [
          { waitForWindow: 'reminder' },
          { invoke: CHANNELS.getReminder, from: 'reminder' },
          { invoke: CHANNELS.answerReminder, from: 'reminder', args: ['snooze'] },
          { openWindows: true },
        ],
      });
    });

    it('shows the reminder window without taking focus, and no notification', () => {
      expect(steps(run, 'waitForWindow')).toEqual([
        { waitForWindow: 'reminder', found: true, shown: 'inactive' },
      ]);
      expect(run.log.notifications).toEqual([]);
      expect(run.log.windows.map((window) => window.urls)).toEqual([['app://unsit/reminder.html']]);
      expect(run.log.windows[0]?.options.alwaysOnTop).toBe(true);
      // In the bottom-right corner of the stand-in's 1920 x 1080 work area.
      const [x, y] = run.log.windows[0]?.position ?? [0, 0];
      expect(x).toBeGreaterThan(1920 / 2);
      expect(y).toBeGreaterThan(1080 / 2);
    });

    it('gives the window the reminder to display, with the snooze length', () => {
      const [view] = steps<InvokeResult>(run, 'invoke');
      expect(view?.error).toBeUndefined();
      expect(view?.result).toMatchObject({
        kind: 'first',
        sittingMinutes: settings.reminders.sittingMinutes,
        suggests: 'full',
        minutes: { quick: quickMinutes(settings), full: fullMinutes(settings) },
        words: {
          title: 'Time to stand up',
          sitting: `You have been sitting for ${settings.reminders.sittingMinutes} min.`,
        },
      });
      const answers = (view?.result as ReminderView).words.answers.map(({ label }) => label);
      expect(answers).toContain(`Snooze ${settings.reminders.snoozeMinutes} min`);
    });

    it('closes the window once it answers snooze, and records the snooze', () => {
      const [, answer] = steps<InvokeResult>(run, 'invoke');
      expect(answer?.error).toBeUndefined();
      expect(openWindowsStep(run)).toEqual([{ openWindows: [] }]);
      expect(historyRecords(run).map((record) => record.type)).toEqual(['reminded', 'snoozed']);
    });
  });

  describe('answered in the window with the other kind', () => {
    const settings = alwaysWorkingSettings('window');
    let run: Run;
    beforeAll(() => {
      run = runner.run([], {
        prepare: seeded(settings),
        scenario: [
          { waitForWindow: 'reminder' },
          { invoke: CHANNELS.answerReminder, from: 'reminder', args: ['start-quick'] },
          { invoke: CHANNELS.getRoutineSession, from: 'routine' },
          { openWindows: true },
        ],
      });
    });

    it('opens the routine window for the quick stretch, as main decided', () => {
      const [answer, session] = steps<InvokeResult>(run, 'invoke');
      expect(answer?.error).toBeUndefined();
      expect(openWindowsStep(run)).toEqual([{ openWindows: ['app://unsit/routine.html'] }]);
      expect(session?.result).toMatchObject({
        kind: 'quick',
        plan: { holdCount: 2, stretches: [expect.objectContaining({ id: 'standing-quad' })] },
      });
    });

    it('records the full suggestion and the quick stretch started', () => {
      const records = historyRecords(run).map(({ type, kind }) => ({ type, kind }));
      expect(records.slice(0, 2)).toEqual([
        { type: 'reminded', kind: 'full' },
        { type: 'started', kind: 'quick' },
      ]);
    });
  });

  it('"I stood up" in the tray answers the reminder and is recorded as a break of its own', () => {
    const settings = alwaysWorkingSettings('notification');
    const run = runner.run([], {
      prepare: seeded(settings),
      scenario: [
        { notification: 'wait' },
        { trayClick: 'I stood up' },
        { trayClick: 'Quick stretch' },
        { openWindows: true },
      ],
    });
    expect(steps(run, 'trayClick')).toEqual([
      { trayClick: 'I stood up', found: true },
      { trayClick: 'Quick stretch', found: true },
    ]);
    expect(run.log.notifications[0]?.closed).toBe(true);
    expect(openWindowsStep(run)).toEqual([{ openWindows: ['app://unsit/routine.html'] }]);
    const records = historyRecords(run).map(({ type, kind }) => (kind ? `${type} ${kind}` : type));
    expect(records.slice(0, 3)).toEqual(['reminded full', 'stood-up', 'started quick']);
  });

  describe('in a Wayland session', () => {
    const settings = alwaysWorkingSettings('window');
    const reminderWindow = (args: string[]) => {
      const run = runner.run(args, {
        prepare: seeded(settings),
        env: { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' },
        scenario: [{ waitForWindow: 'reminder' }],
      });
      expect(steps(run, 'waitForWindow')).toEqual([
        { waitForWindow: 'reminder', found: true, shown: 'inactive' },
      ]);
      return run.log.windows[0];
    };

    it('leaves where the reminder window goes and what is on top to the compositor', () => {
      const window = reminderWindow([]);
      expect(window?.position).toBeNull();
      expect(window?.options.alwaysOnTop).toBe(false);
    });

    it('places it as on X11 when Unsit runs under XWayland (--ozone-platform=x11)', () => {
      const window = reminderWindow(['--ozone-platform=x11']);
      expect(window?.position).not.toBeNull();
      expect(window?.options.alwaysOnTop).toBe(true);
    });
  });

  it('falls back to the window where notifications are not supported', () => {
    const settings = alwaysWorkingSettings('notification');
    const run = runner.run([], {
      prepare: seeded(settings),
      env: { UNSIT_STANDIN_NOTIFICATIONS: 'unsupported' },
      scenario: [
        { waitForWindow: 'reminder' },
        { invoke: CHANNELS.answerReminder, from: 'reminder', args: ['start-suggested'] },
        { openWindows: true },
      ],
    });
    expect(run.log.notifications).toEqual([]);
    expect(steps(run, 'waitForWindow')).toEqual([
      { waitForWindow: 'reminder', found: true, shown: 'inactive' },
    ]);
    expect(steps<InvokeResult>(run, 'invoke')[0]?.error).toBeUndefined();
    expect(openWindowsStep(run)).toEqual([{ openWindows: ['app://unsit/routine.html'] }]);
    // Quitting cuts the routine short; no reminder window may open on the way out.
    expect(run.log.windows.map((window) => window.urls)).toEqual([
      ['app://unsit/reminder.html'],
      ['app://unsit/routine.html'],
    ]);
    const types = historyRecords(run).map((record) => record.type);
    expect(types.slice(0, 2)).toEqual(['reminded', 'started']);
  });
});
