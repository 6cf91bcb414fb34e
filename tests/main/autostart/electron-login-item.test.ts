import { describe, expect, it } from 'vitest';
import { createLoginItem, type LoginItemApp } from '../../../electron/main/autostart';

/** Behaves like Electron's app: remembers openAtLogin per argument list, as Windows does. */
function fakeApp() {
  const registered = new Map<string, boolean>();
  const calls: unknown[] = [];
  const key = (args?: string[]) => JSON.stringify(args ?? []);
  const app: LoginItemApp = {
    setLoginItemSettings(settings) {
      calls.push(settings);
      registered.set(key(settings.args), settings.openAtLogin);
    },
    getLoginItemSettings(options) {
      return { openAtLogin: registered.get(key(options?.args)) ?? false };
    },
  };
  return { app, calls };
}

const env = { HOME: '/nonexistent-home' };

describe.each(['darwin', 'win32'] as const)('launch at login on %s', (platform) => {
  it('goes through Electron login item settings and reads them back', () => {
    const { app, calls } = fakeApp();
    const item = createLoginItem({ platform, app, env, execPath: 'C:\\Unsit\\Unsit.exe' });
    expect(item.isEnabled()).toBe(false);
    item.setEnabled(true);
    expect(item.isEnabled()).toBe(true);
    item.setEnabled(false);
    expect(item.isEnabled()).toBe(false);
    expect(calls.map((c) => (c as { openAtLogin: boolean }).openAtLogin)).toEqual([true, false]);
  });
});

describe('launch at login on Windows', () => {
  it('starts hidden in the tray, asking about the same arguments it registered', () => {
    const { app, calls } = fakeApp();
    createLoginItem({ platform: 'win32', app, env, execPath: 'C:\\Unsit\\Unsit.exe' }).setEnabled(
      true,
    );
    expect(calls).toEqual([{ openAtLogin: true, args: ['--hidden'] }]);
  });
});

describe('launch at login when running from source', () => {
  it.each(['darwin', 'win32', 'linux'] as const)(
    'never registers the bare Electron binary on %s',
    (platform) => {
      const { app, calls } = fakeApp();
      const writes: string[] = [];
      const fs = {
        mkdirSync: () => undefined,
        writeFileSync: (path: unknown) => void writes.push(String(path)),
        renameSync: () => undefined,
        rmSync: () => undefined,
        readFileSync: () => {
          throw new Error('missing');
        },
      } as unknown as NonNullable<Parameters<typeof createLoginItem>[0]['fs']>;
      const item = createLoginItem({
        platform,
        app,
        env,
        execPath: '/repo/node_modules/electron/dist/electron',
        packaged: false,
        fs,
        writeText: (path) => void writes.push(path),
      });
      item.setEnabled(true);
      item.repair();
      expect(calls).toEqual([]);
      expect(writes).toEqual([]);
      // Not known rather than off: a run from source must not turn the user's setting off.
      expect(item.isEnabled()).toBeNull();
    },
  );

  it('on macOS 13+, reads an item the user turned off in System Settings as off', () => {
    for (const [status, enabled] of [
      ['enabled', true],
      ['requires-approval', false],
      ['not-registered', false],
      ['not-found', false],
    ] as const) {
      const item = createLoginItem({
        platform: 'darwin',
        app: {
          setLoginItemSettings: () => undefined,
          // Still registered: openAtLogin alone would say on.
          getLoginItemSettings: () => ({ openAtLogin: true, status }),
        },
        env: {},
        execPath: '/Applications/Unsit.app/Contents/MacOS/Unsit',
      });
      expect(item.isEnabled()).toBe(enabled);
    }
  });

  it('on Windows, reads an entry disabled in Task Manager as off', () => {
    const item = createLoginItem({
      platform: 'win32',
      app: {
        setLoginItemSettings: () => undefined,
        getLoginItemSettings: () => ({ openAtLogin: true, executableWillLaunchAtLogin: false }),
      },
      env: {},
      execPath: 'C:\\Unsit\\Unsit.exe',
    });
    expect(item.isEnabled()).toBe(false);
  });
});
