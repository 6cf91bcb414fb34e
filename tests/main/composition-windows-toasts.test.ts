import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { MINUTE_MS } from '../../electron/core/time/units';
import { createAppRunner, notBuilt, steps, type RunOptions } from './stand-in-electron/run-app';
import { alwaysWorkingSettings, seeded } from './stand-in-electron/seed';

// The built main process playing Windows (the stand-in's UNSIT_STANDIN_PLATFORM), with the toast
// that Do Not Disturb swallows: Windows then reports neither 'show' nor 'failed'
// ('notification-silent' in tests/main/stand-in-electron/behaviours.mjs). Each Windows run has a
// Linux twin, so the test shows that the platform, not the run, makes the difference.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const skipSuite = notBuilt('the built main process playing Windows toasts');
const runner = createAppRunner();
afterAll(runner.cleanUp);

const WINDOWS = { UNSIT_STANDIN_PLATFORM: 'win32' };
const LINUX = { UNSIT_STANDIN_PLATFORM: 'linux' };
const notifying = alwaysWorkingSettings('notification');

/**
 * Installed, as users run it: a run from source on Windows takes an identity of its own
 * (electron/main/app-identity.ts), which these tests are not about.
 */
const installed =
  (prepare: RunOptions['prepare']): RunOptions['prepare'] =>
  (dirs) => {
    const resources = join(dirs.home, 'resources');
    cpSync(resolve('build/tray'), join(resources, 'tray'), { recursive: true });
    return { ...prepare?.(dirs), UNSIT_STANDIN_RESOURCES: resources };
  };

/** A first reminder that went out as a toast a repeat's length ago and was never answered. */
const unansweredToast = seeded(notifying, {}, (state, now) => {
  state.sittingMs += notifying.reminders.repeatAfterMinutes * MINUTE_MS;
  state.reminder = {
    firstAt: now - notifying.reminders.repeatAfterMinutes * MINUTE_MS,
    repeatAt: null,
    suggests: 'quick',
  };
});

interface WaitStep {
  waitForWindow: string;
  found: boolean;
}
interface NotificationStep {
  notification: string;
  found: boolean;
}

describe.skipIf(skipSuite)('reminder toasts on Windows', () => {
  it('asks Windows to keep the toast on screen until it is answered, and only Windows', () => {
    const onWindows = runner.run([], {
      env: WINDOWS,
      prepare: installed(seeded(notifying)),
      scenario: [{ notification: 'wait', within: 5_000 }],
    });
    expect(onWindows.log.notifications.map((n) => n.timeoutType)).toEqual(['never']);
    const onLinux = runner.run([], {
      env: LINUX,
      prepare: seeded(notifying),
      scenario: [{ notification: 'wait', within: 5_000 }],
    });
    expect(onLinux.log.notifications.map((n) => n.timeoutType)).toEqual([null]);
  });

  it('cannot tell a toast that Do Not Disturb swallowed: it stays the reminder, unanswered', () => {
    const run = runner.run([], {
      real: ['notification-silent'],
      env: WINDOWS,
      prepare: installed(seeded(notifying)),
      scenario: [{ notification: 'wait', within: 5_000 }],
    });
    // Windows said nothing: neither shown nor failed, so no window takes over the first reminder.
    expect(steps<NotificationStep>(run, 'notification').map((s) => s.found)).toEqual([true]);
    expect(run.log.notifications).toHaveLength(1);
    expect(run.log.windows).toEqual([]);
    expect(run.log.trays[0]?.tooltip).toMatch(/due/i);
  });

  it('sends the repeat of an unanswered toast to the reminder window, where Do Not Disturb cannot swallow it', () => {
    const run = runner.run([], {
      real: ['notification-silent'],
      env: WINDOWS,
      prepare: installed(unansweredToast),
      scenario: [{ waitForWindow: 'reminder', within: 5_000 }],
    });
    expect(steps<WaitStep>(run, 'waitForWindow').map((s) => s.found)).toEqual([true]);
    expect(run.log.notifications).toEqual([]); // no second toast to be swallowed in turn
  });

  it('on Linux, where a notification does not vanish that way, the repeat is a notification', () => {
    const run = runner.run([], {
      real: ['notification-silent'],
      env: LINUX,
      prepare: unansweredToast,
      scenario: [{ notification: 'wait', within: 5_000 }, { openWindows: true }],
    });
    expect(steps<NotificationStep>(run, 'notification').map((s) => s.found)).toEqual([true]);
    expect(steps(run, 'openWindows')).toEqual([{ openWindows: [] }]);
  });
});
