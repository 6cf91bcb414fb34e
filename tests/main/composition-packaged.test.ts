import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../electron/core/settings/schema';
import { TEST_HOOKS_ENV } from '../../electron/main/test-hooks';
import {
  createAppRunner,
  notBuilt,
  steps,
  type MenuItemLog,
  type RunOptions,
} from './stand-in-electron/run-app';

// The built main process against the stand-in Electron: what changes between a build run from
// source and an installed one (the stand-in plays "installed" when given a resources folder).
const skipSuite = notBuilt('the built main process, from source and installed');
const runner = createAppRunner();
afterAll(runner.cleanUp);

interface HookStep {
  hook: string;
  result?: unknown;
  error?: string;
}

/** Settings saved earlier, so the first-run settings window stays shut. */
function returningUser(
  extra: Record<string, string> = {},
  packaged = false,
): RunOptions['prepare'] {
  return ({ home, userData }) => {
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'settings.json'), JSON.stringify(defaultSettings()));
    if (!packaged) return extra;
    const resources = join(home, 'resources');
    cpSync(resolve('build/tray'), join(resources, 'tray'), { recursive: true });
    return { ...extra, UNSIT_STANDIN_RESOURCES: resources };
  };
}

function roles(items: MenuItemLog[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? [])]);
}

describe.skipIf(skipSuite)('a build run from source with the test-hook switch', () => {
  const hooksOn = { [TEST_HOOKS_ENV]: '1' };

  it('lets a test press a tray item, which opens the routine', () => {
    const run = runner.run([], {
      prepare: returningUser(hooksOn),
      scenario: [
        { hook: 'trayMenu' },
        { hook: 'clickTray', args: ['Full routine'] },
        { openWindows: true },
      ],
    });
    expect(run.log.testHooks).toEqual(
      expect.arrayContaining(['trayMenu', 'clickTray', 'fireReminder', 'clickNotification']),
    );
    const [menu, click] = steps<HookStep>(run, 'hook');
    expect(menu?.result).toEqual(
      expect.arrayContaining(['Full routine', 'Settings…', 'Quit Unsit']),
    );
    expect(click?.error).toBeUndefined();
    expect(steps(run, 'openWindows')).toEqual([{ openWindows: ['app://unsit/routine.html'] }]);
  });

  it('lets a test fire a reminder and click its notification, which opens the routine', () => {
    const run = runner.run([], {
      prepare: returningUser(hooksOn),
      scenario: [
        { hook: 'fireReminder' },
        { hook: 'notificationShown' },
        { hook: 'clickNotification' },
        { openWindows: true },
      ],
    });
    expect(steps<HookStep>(run, 'hook').map((step) => step.error ?? step.result)).toEqual([
      null,
      true,
      null,
    ]);
    expect(run.log.notifications).toHaveLength(1);
    expect(run.log.notifications[0]?.closed).toBe(true);
    expect(steps(run, 'openWindows')).toEqual([{ openWindows: ['app://unsit/routine.html'] }]);
  });

  it('has DevTools in its windows', () => {
    const run = runner.run(['--start-routine'], { prepare: returningUser() });
    expect(run.log.windows[0]?.options.webPreferences.devTools).toBe(true);
  });
});

describe.skipIf(skipSuite)('without the switch', () => {
  it('puts no test hooks on the global object', () => {
    const run = runner.run([], { prepare: returningUser(), scenario: [{ hook: 'trayMenu' }] });
    expect(run.log.testHooks).toBeNull();
    expect(steps<HookStep>(run, 'hook')).toEqual([{ hook: 'trayMenu', error: 'no test hooks' }]);
  });
});

describe.skipIf(skipSuite)('an installed build', () => {
  it('ignores the test-hook switch', () => {
    const run = runner.run([], {
      prepare: returningUser({ [TEST_HOOKS_ENV]: '1' }, true),
      scenario: [{ hook: 'clickTray', args: ['Full routine'] }, { openWindows: true }],
    });
    expect(run.log.testHooks).toBeNull();
    expect(steps(run, 'openWindows')).toEqual([{ openWindows: [] }]);
  });

  it('opens its windows without DevTools', () => {
    const run = runner.run(['--start-routine'], { prepare: returningUser({}, true) });
    expect(run.log.windows).toHaveLength(1);
    expect(run.log.windows[0]?.options.webPreferences.devTools).toBe(false);
  });

  it('replaces Electron’s default application menu with one without Reload or DevTools', () => {
    const run = runner.run([], { prepare: returningUser({}, true) });
    const menu = run.log.applicationMenu;
    expect(menu).not.toBe('default');
    if (process.platform === 'darwin') {
      const found = roles(Array.isArray(menu) ? menu : []);
      expect(found).toContain('quit');
      for (const role of ['reload', 'forceReload', 'toggleDevTools'])
        expect(found).not.toContain(role);
    } else {
      expect(menu).toBeNull();
    }
  });
});
