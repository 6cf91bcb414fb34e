import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  claimSingleInstance,
  firstLaunchRequest,
  secondLaunchRequest,
  watchMacRelaunch,
  type LaunchRequest,
} from '../../electron/main/single-instance';

/** Two fake app processes sharing one lock, as Electron's single-instance lock behaves. */
function fakeApps() {
  const holders: EventEmitter[] = [];
  return (argv: string[]) => {
    const app = Object.assign(new EventEmitter(), {
      argv,
      quit: vi.fn(),
      requestSingleInstanceLock(data?: Record<string, unknown>) {
        const holder = holders[0];
        if (!holder) {
          holders.push(app);
          return true;
        }
        holder.emit('second-instance', {}, argv, '/home/user', data);
        return false;
      },
    });
    return app;
  };
}

describe('single instance', () => {
  it('lets the first instance run and quits the second', () => {
    const app = fakeApps();
    const first = app(['/usr/bin/unsit']);
    const second = app(['/usr/bin/unsit']);
    expect(claimSingleInstance(first, first.argv, vi.fn())).toBe(true);
    expect(claimSingleInstance(second, second.argv, vi.fn())).toBe(false);
    expect(second.quit).toHaveBeenCalled();
    expect(first.quit).not.toHaveBeenCalled();
  });

  it('starts the routine in the running instance for `unsit --start-routine`', () => {
    const app = fakeApps();
    const onLaunch = vi.fn<(request: LaunchRequest) => void>();
    const first = app(['/usr/bin/unsit', '--hidden']);
    claimSingleInstance(first, first.argv, onLaunch);
    const second = app(['/usr/bin/unsit', '--start-routine']);
    claimSingleInstance(second, second.argv, vi.fn());
    expect(onLaunch).toHaveBeenCalledWith('start-routine');
  });

  it('opens the Unsit window, and starts no routine, when Unsit is simply launched again', () => {
    const app = fakeApps();
    const onLaunch = vi.fn();
    const first = app(['/usr/bin/unsit']);
    claimSingleInstance(first, first.argv, onLaunch);
    const second = app(['/usr/bin/unsit']);
    claimSingleInstance(second, second.argv, vi.fn());
    expect(onLaunch.mock.calls).toEqual([['open-home']]);
  });

  it('opens the settings in the running instance for `unsit --settings`', () => {
    const app = fakeApps();
    const onLaunch = vi.fn();
    const first = app(['/usr/bin/unsit']);
    claimSingleInstance(first, first.argv, onLaunch);
    const second = app(['/usr/bin/unsit', '--settings']);
    claimSingleInstance(second, second.argv, vi.fn());
    expect(onLaunch.mock.calls).toEqual([['open-settings']]);
  });

  it('opens nothing when the login item starts a second copy', () => {
    const app = fakeApps();
    const onLaunch = vi.fn();
    const first = app(['/usr/bin/unsit']);
    claimSingleInstance(first, first.argv, onLaunch);
    const second = app(['/usr/bin/unsit', '--hidden']);
    claimSingleInstance(second, second.argv, vi.fn());
    expect(onLaunch).toHaveBeenCalledWith('tray-only');
  });

  it('reads the command line when the other instance sent no data', () => {
    const first = Object.assign(new EventEmitter(), {
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
    });
    const onLaunch = vi.fn();
    claimSingleInstance(first, [], onLaunch);
    first.emit(
      'second-instance',
      {},
      ['unsit', '--original-process-start-time', '--settings'],
      '/',
    );
    expect(onLaunch).toHaveBeenCalledWith('open-settings');
  });

  it('ignores forged data and falls back to the command line', () => {
    const first = Object.assign(new EventEmitter(), {
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
    });
    const onLaunch = vi.fn();
    claimSingleInstance(first, [], onLaunch);
    first.emit('second-instance', {}, ['unsit', '--hidden'], '/', { request: 'format-disk' });
    expect(onLaunch).toHaveBeenCalledWith('tray-only');
  });
});

describe('a second launch', () => {
  it('asks for the Unsit window unless it names something else', () => {
    expect(secondLaunchRequest(['/usr/bin/unsit'])).toBe('open-home');
    expect(secondLaunchRequest(['/usr/bin/unsit', '--start-routine'])).toBe('start-routine');
    expect(secondLaunchRequest(['/usr/bin/unsit', '--settings'])).toBe('open-settings');
    expect(secondLaunchRequest(['/usr/bin/unsit', '--hidden'])).toBe('tray-only');
  });
});

/** An app whose 'ready' comes when the test says so, as Electron's app reports it. */
function macApp(ready = true) {
  return Object.assign(new EventEmitter(), { ready, isReady: () => ready });
}

describe('re-launch on macOS', () => {
  it('opens the Unsit window when Unsit is opened again from Finder while it runs', () => {
    // macOS starts no second process then; the running app only receives 'activate'.
    const app = macApp();
    const onLaunch = vi.fn();
    watchMacRelaunch(app, 'darwin', onLaunch);
    expect(onLaunch).not.toHaveBeenCalled();
    app.emit('activate', {}, false);
    expect(onLaunch.mock.calls).toEqual([['open-home']]);
  });

  it('never starts a routine on activate, even with windows open', () => {
    const app = macApp();
    const onLaunch = vi.fn();
    watchMacRelaunch(app, 'darwin', onLaunch);
    app.emit('activate', {}, true);
    app.emit('activate', {}, false);
    expect(onLaunch.mock.calls).toEqual([['open-home'], ['open-home']]);
  });

  it('leaves an activate reported before the app is ready to the launch itself', () => {
    const app = macApp(false);
    const onLaunch = vi.fn();
    watchMacRelaunch(app, 'darwin', onLaunch);
    app.emit('activate', {}, false);
    expect(onLaunch).not.toHaveBeenCalled();
  });

  it('does not listen elsewhere, where a re-launch arrives as a second instance', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const app = macApp();
      watchMacRelaunch(app, platform, vi.fn());
      expect(app.listenerCount('activate')).toBe(0);
    }
  });
});

describe('launch arguments', () => {
  it('keeps a plain first launch and the login item in the tray', () => {
    expect(firstLaunchRequest(['/usr/bin/unsit'])).toBe('tray-only');
    expect(firstLaunchRequest(['/usr/bin/unsit', '--hidden'])).toBe('tray-only');
  });

  it('keeps a start by a clicked toast in the tray: arguments Unsit does not know ask for nothing', () => {
    // Windows starts the toast activator's program itself (COM may add a switch of its own); what the
    // toast's button asked for is not read (docs/packaging.md).
    const exe = 'C:\\Users\\a\\AppData\\Local\\Programs\\unsit\\Unsit.exe';
    expect(firstLaunchRequest([exe, '-Embedding'])).toBe('tray-only');
    expect(firstLaunchRequest([exe, '--notification-activation', 'start'])).toBe('tray-only');
  });

  it('welcomes a first-time user with the settings, but not when started at login', () => {
    expect(firstLaunchRequest(['/usr/bin/unsit'], { firstRun: true })).toBe('open-settings');
    expect(firstLaunchRequest(['/usr/bin/unsit', '--hidden'], { firstRun: true })).toBe(
      'tray-only',
    );
    expect(firstLaunchRequest(['unsit', '--start-routine'], { firstRun: true })).toBe(
      'start-routine',
    );
  });

  it('opens the routine or the settings when asked on the first launch', () => {
    expect(firstLaunchRequest(['unsit', '--start-routine'])).toBe('start-routine');
    expect(firstLaunchRequest(['unsit', '--settings'])).toBe('open-settings');
  });

  it('treats --start-routine as stronger than --hidden on a second launch', () => {
    expect(secondLaunchRequest(['unsit', '--hidden', '--start-routine'])).toBe('start-routine');
  });
});
