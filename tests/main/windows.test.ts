import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { keepRunningWithoutWindows } from '../../electron/main/lifecycle';
import { HOME_UPDATE_HEIGHT, createWindowManager } from '../../electron/main/windows';
import { windowFactory } from './fakes/electron';

const PRELOAD = '/app/out/preload/index.cjs';

function setup(
  platform: NodeJS.Platform = 'linux',
  extra: Partial<Parameters<typeof createWindowManager>[0]> = {},
) {
  const factory = windowFactory();
  const windows = createWindowManager({
    createWindow: factory.createWindow,
    preloadPath: PRELOAD,
    platform,
    workArea: () => ({ x: 0, y: 0, width: 1920, height: 1080 }),
    ...extra,
  });
  return { windows, created: factory.created };
}

describe('window manager', () => {
  it('creates no window until one is asked for', () => {
    const { windows, created } = setup();
    expect(created).toHaveLength(0);
    expect(windows.isOpen('routine')).toBe(false);
  });

  it('opens the routine page from the app protocol and shows it once it is ready', () => {
    const { windows, created } = setup();
    windows.open('routine');
    const [window] = created;
    expect(window?.loaded).toEqual(['app://unsit/routine.html']);
    expect(window?.visible).toBe(false);
    window?.becomeReady();
    expect(window?.visible).toBe(true);
    expect(window?.options).toMatchObject({ width: 480, height: 640, show: false });
    expect(window?.options.minWidth).toBeGreaterThan(0);
    expect(window?.options.minHeight).toBeGreaterThan(0);
  });

  it('focuses the open window instead of creating a second one', () => {
    const { windows, created } = setup();
    windows.open('settings');
    const first = created[0];
    first?.becomeReady();
    if (first) {
      first.focused = false;
      first.minimized = true;
    }
    windows.open('settings');
    expect(created).toHaveLength(1);
    expect(first?.focused).toBe(true);
    expect(first?.minimized).toBe(false);
  });

  it('forgets a closed window and creates a fresh one next time', () => {
    const { windows, created } = setup();
    windows.open('routine');
    created[0]?.close();
    expect(windows.isOpen('routine')).toBe(false);
    windows.open('routine');
    expect(created).toHaveLength(2);
    expect(windows.isOpen('routine')).toBe(true);
  });

  it('says which window closed', () => {
    const factory = windowFactory();
    const onClosed = vi.fn();
    const windows = createWindowManager({
      createWindow: factory.createWindow,
      preloadPath: PRELOAD,
      platform: 'linux',
      onClosed,
    });
    windows.open('routine');
    windows.open('settings');
    factory.created[0]?.close();
    expect(onClosed.mock.calls).toEqual([['routine']]);
  });

  it('closes a window whose page cannot load rather than keeping it hidden', async () => {
    const factory = windowFactory();
    const windows = createWindowManager({
      createWindow: (options) => {
        const window = factory.createWindow(options);
        window.failLoad = true;
        return window;
      },
      preloadPath: PRELOAD,
      platform: 'linux',
    });
    windows.open('settings');
    await Promise.resolve();
    await Promise.resolve();
    expect(factory.created[0]?.isDestroyed()).toBe(true);
    expect(windows.isOpen('settings')).toBe(false);
  });

  it('keeps the reminder window when a repeat reload aborts the first load', async () => {
    const factory = windowFactory();
    let abortFirst: (error: Error) => void = () => undefined;
    const windows = createWindowManager({
      createWindow: (options) => {
        const window = factory.createWindow(options);
        window.loadURL = (url) => {
          window.loaded.push(url);
          if (window.loaded.length > 1) return Promise.resolve();
          return new Promise<void>((_resolve, reject) => (abortFirst = reject));
        };
        return window;
      },
      preloadPath: PRELOAD,
      platform: 'linux',
    });
    windows.show();
    windows.show();
    abortFirst(new Error('ERR_ABORTED'));
    await Promise.resolve();
    await Promise.resolve();
    expect(factory.created[0]?.isDestroyed()).toBe(false);
    expect(windows.isOpen('reminder')).toBe(true);
  });

  it('opens the statistics page wide enough for a year of days', () => {
    const { windows, created } = setup();
    windows.open('statistics');
    windows.open('statistics');
    expect(created).toHaveLength(1);
    expect(created[0]?.loaded).toEqual(['app://unsit/statistics.html']);
    expect(created[0]?.options).toMatchObject({ width: 760, height: 640, show: false });
  });

  it('lets only the routine window go full screen (for its large view)', () => {
    const { windows, created } = setup();
    windows.open('routine');
    windows.open('settings');
    windows.open('statistics');
    windows.show();
    expect(created.map((w) => w.options.fullscreenable)).toEqual([true, false, false, false]);
  });

  it('gives every window the secure web preferences', () => {
    const { windows, created } = setup();
    windows.open('routine');
    windows.open('settings');
    windows.open('statistics');
    windows.open('home');
    windows.show();
    expect(created).toHaveLength(5);
    for (const window of created) {
      expect(window.options.webPreferences).toMatchObject({
        preload: PRELOAD,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        spellcheck: false,
      });
    }
  });

  it('keeps the routine window timing while covered, and only that one', () => {
    const { windows, created } = setup();
    windows.open('routine');
    windows.open('settings');
    expect(created[0]?.options.webPreferences?.backgroundThrottling).toBe(false);
    expect(created[1]?.options.webPreferences?.backgroundThrottling).not.toBe(false);
  });

  it('refuses navigation, redirects, webviews and window.open in every window', () => {
    const { windows, created } = setup();
    windows.open('routine');
    const contents = created[0]?.webContents;
    expect(contents?.attempt('will-navigate')).toBe(true);
    expect(contents?.attempt('will-frame-navigate')).toBe(true);
    expect(contents?.attempt('will-redirect')).toBe(true);
    expect(contents?.attempt('will-attach-webview')).toBe(true);
    expect(contents?.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('opens the Unsit window small, focused, and once however often it is asked for', () => {
    const { windows, created } = setup();
    windows.open('home');
    windows.open('home');
    expect(created).toHaveLength(1);
    const [home] = created;
    home?.becomeReady();
    expect(home?.loaded).toEqual(['app://unsit/home.html']);
    expect(home?.focused).toBe(true);
    expect(home?.options).toMatchObject({ width: 360, height: 470, useContentSize: true });
    expect(home?.options.alwaysOnTop).toBeUndefined();
  });

  it('opens the Unsit window taller while it carries the note on the tray icon', () => {
    let note = true;
    const { windows, created } = setup('linux', { homeHasTrayHelp: () => note });
    windows.open('home');
    const tall = created[0]?.options.height ?? 0;
    created[0]?.close();
    note = false;
    windows.open('home');
    expect(tall).toBeGreaterThan(created[1]?.options.height ?? Infinity);
  });

  it('opens the Unsit window taller while it carries the update line', () => {
    let update = true;
    const { windows, created } = setup('linux', { homeHasUpdate: () => update });
    windows.open('home');
    const tall = created[0]?.options.height ?? 0;
    created[0]?.close();
    update = false;
    windows.open('home');
    expect(tall).toBe((created[1]?.options.height ?? 0) + HOME_UPDATE_HEIGHT);
  });

  it('opens the Unsit window taller while it carries the history notice, taller still with both', () => {
    let notice = true;
    let note = false;
    const { windows, created } = setup('linux', {
      homeHasHistoryNotice: () => notice,
      homeHasTrayHelp: () => note,
    });
    const heightNow = () => {
      windows.open('home');
      const height = created.at(-1)?.options.height ?? 0;
      created.at(-1)?.close();
      return height;
    };
    const withNotice = heightNow();
    note = true;
    const withBoth = heightNow();
    notice = false;
    note = false;
    const plain = heightNow();
    expect(plain).toBe(470);
    expect(withNotice).toBeGreaterThan(plain);
    expect(withBoth).toBeGreaterThan(withNotice);
  });

  it('shows the reminder window without taking focus, on top and out of the taskbar', () => {
    const { windows, created } = setup();
    windows.show();
    const reminder = created[0];
    reminder?.becomeReady();
    expect(reminder?.loaded).toEqual(['app://unsit/reminder.html']);
    expect(reminder?.shownInactive).toBe(true);
    expect(reminder?.focused).toBe(false);
    expect(reminder?.options).toMatchObject({ alwaysOnTop: true, skipTaskbar: true });
    // Bottom-right corner of the work area, fully on screen.
    const [x, y] = reminder?.position ?? [0, 0];
    const width = reminder?.options.width ?? 0;
    const height = reminder?.options.height ?? 0;
    expect(x + width).toBeLessThanOrEqual(1920);
    expect(y + height).toBeLessThanOrEqual(1080);
    expect(x).toBeGreaterThan(1920 / 2);
    expect(y).toBeGreaterThan(1080 / 2);
  });

  it('on Wayland, leaves the place and what is on top to the compositor, still without focus', () => {
    const { windows, created } = setup('linux', { wayland: true });
    windows.show();
    const reminder = created[0];
    reminder?.becomeReady();
    expect(reminder?.position).toBeNull();
    expect(reminder?.options.alwaysOnTop).toBe(false);
    expect(reminder?.shownInactive).toBe(true);
    expect(reminder?.focused).toBe(false);
    // A repeat asks for no focus either.
    windows.show();
    expect(reminder?.focused).toBe(false);
  });

  it('reloads an open reminder window for a repeat, still without focus', () => {
    const { windows, created } = setup();
    windows.show();
    created[0]?.becomeReady();
    windows.show();
    expect(created).toHaveLength(1);
    expect(created[0]?.loaded).toHaveLength(2);
    expect(created[0]?.focused).toBe(false);
    windows.hide();
    expect(windows.isOpen('reminder')).toBe(false);
  });

  it('finds a window by its web contents, and only while it is open', () => {
    const { windows, created } = setup();
    windows.open('settings');
    const window = created[0];
    const id = window?.webContents.id ?? -1;
    expect(windows.findByContentsId(id)?.kind).toBe('settings');
    window?.close();
    expect(windows.findByContentsId(id)).toBeUndefined();
  });

  it('closes every window on closeAll', () => {
    const { windows, created } = setup();
    windows.open('routine');
    windows.open('settings');
    windows.closeAll();
    expect(created.every((w) => w.isDestroyed())).toBe(true);
  });

  it('hides the menu bar on Windows and Linux but leaves the macOS menu alone', () => {
    const linux = setup('linux');
    linux.windows.open('routine');
    expect(linux.created[0]?.menuRemoved).toBe(true);
    const mac = setup('darwin');
    mac.windows.open('routine');
    expect(mac.created[0]?.menuRemoved).toBe(false);
  });
});

describe('app lifecycle', () => {
  it('keeps running when the last window closes', () => {
    // Electron quits on 'window-all-closed' only when nobody listens to it.
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    keepRunningWithoutWindows(app);
    expect(app.listenerCount('window-all-closed')).toBe(1);
    app.emit('window-all-closed');
    expect(app.quit).not.toHaveBeenCalled();
  });
});

describe('windows as real Electron treats them', () => {
  it('on Linux, shows a window whose ready-to-show never comes once its page loaded, once', () => {
    const { windows, created } = setup('linux');
    windows.open('settings');
    const [window] = created;
    window?.finishLoad();
    expect(window?.visible).toBe(true);
    if (window) window.focused = false;
    // A late ready-to-show must not show (and focus) it a second time.
    window?.becomeReady();
    expect(window?.focused).toBe(false);
  });

  it('on macOS and Windows, waits for ready-to-show rather than show an unpainted page', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const { windows, created } = setup(platform);
      windows.open('settings');
      created[0]?.finishLoad();
      expect(created[0]?.visible).toBe(false);
      created[0]?.becomeReady();
      expect(created[0]?.visible).toBe(true);
    }
  });

  it('shows the reminder loaded without ready-to-show still without focus', () => {
    const { windows, created } = setup('linux');
    windows.show();
    created[0]?.finishLoad();
    expect(created[0]?.shownInactive).toBe(true);
    expect(created[0]?.focused).toBe(false);
  });

  it('opens a fresh reminder window when one is still closing', () => {
    const { windows, created } = setup('linux');
    windows.show();
    const first = created[0];
    if (first) first.closeAtOnce = false;
    windows.hide();
    expect(first?.closeRequested).toBe(true);
    windows.show();
    first?.finishClosing();
    expect(created).toHaveLength(2);
    expect(windows.isOpen('reminder')).toBe(true);
    expect(created[1]?.loaded).toEqual(['app://unsit/reminder.html']);
  });

  it('forgets a window the user is closing, and reports only that one closed', () => {
    const onClosed = vi.fn();
    const { windows, created } = setup('linux', { onClosed });
    windows.open('routine');
    const first = created[0];
    if (first) first.closeAtOnce = false;
    // The user's close button: Electron emits 'close' once the page agreed, 'closed' later.
    first?.emit('close');
    expect(windows.isOpen('routine')).toBe(false);
    windows.open('routine');
    first?.destroy();
    expect(onClosed.mock.calls).toEqual([['routine']]);
    expect(windows.isOpen('routine')).toBe(true);
    created[1]?.close();
    expect(onClosed.mock.calls).toEqual([['routine'], ['routine']]);
  });

  it('closes a window whose page crashed and says why', () => {
    const onGone = vi.fn();
    const onClosed = vi.fn();
    const { windows, created } = setup('linux', { onGone, onClosed });
    windows.open('routine');
    created[0]?.crash('oom');
    expect(onGone).toHaveBeenCalledWith('routine', 'oom');
    expect(created[0]?.isDestroyed()).toBe(true);
    expect(windows.isOpen('routine')).toBe(false);
    expect(onClosed).toHaveBeenCalledWith('routine');
  });
});
