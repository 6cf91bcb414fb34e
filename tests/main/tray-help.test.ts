import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import {
  STATUS_NOTIFIER_WATCHER,
  createTrayHelp,
  isGnomeDesktop,
  probeBusName,
  probeStatusNotifierWatcher,
  trayHelpCandidate,
  trayHelpNeeded,
  type RunFile,
  type WatcherPresence,
} from '../../electron/main/tray-help';
import type { HintsStore } from '../../electron/main/storage';
import { skipBecause } from '../skip';

const GNOME = { XDG_CURRENT_DESKTOP: 'GNOME' };
const candidate = (overrides: Partial<Parameters<typeof trayHelpCandidate>[0]> = {}) =>
  trayHelpCandidate({
    platform: 'linux',
    env: GNOME,
    alreadyShown: false,
    atLogin: false,
    ...overrides,
  });

describe('which desktop is GNOME', () => {
  it('reads XDG_CURRENT_DESKTOP as the list it is', () => {
    for (const desktop of ['GNOME', 'ubuntu:GNOME', 'pop:GNOME', 'GNOME-Classic:GNOME', 'gnome']) {
      expect(isGnomeDesktop({ XDG_CURRENT_DESKTOP: desktop })).toBe(true);
    }
    for (const desktop of [
      'KDE',
      'XFCE',
      'X-Cinnamon',
      'Unity',
      'GNOME-Flashback',
      '',
      undefined,
    ]) {
      expect(isGnomeDesktop({ XDG_CURRENT_DESKTOP: desktop })).toBe(false);
    }
  });
});

describe('when the note on the tray icon is shown', () => {
  it('is considered on a GNOME desktop on Linux, once, and not at login', () => {
    expect(candidate()).toBe(true);
    expect(candidate({ alreadyShown: true })).toBe(false);
    expect(candidate({ atLogin: true })).toBe(false);
    expect(candidate({ env: { XDG_CURRENT_DESKTOP: 'KDE' } })).toBe(false);
    expect(candidate({ platform: 'darwin' })).toBe(false);
    expect(candidate({ platform: 'win32' })).toBe(false);
  });

  it('is needed unless a StatusNotifierWatcher is known to run', () => {
    expect(trayHelpNeeded(true, 'absent')).toBe(true);
    expect(trayHelpNeeded(true, 'unknown')).toBe(true);
    expect(trayHelpNeeded(true, 'present')).toBe(false);
    expect(trayHelpNeeded(false, 'absent')).toBe(false);
  });
});

describe('asking the session bus', () => {
  const answering =
    (stdout: string): RunFile =>
    async () => ({ stdout });

  it('asks gdbus whether the watcher name has an owner', async () => {
    const run = vi.fn<RunFile>(async () => ({ stdout: '(true,)\n' }));
    expect(await probeStatusNotifierWatcher(run)).toBe('present');
    const [file, args, options] = run.mock.calls[0]!;
    expect(file).toBe('gdbus');
    expect(args).toContain('org.freedesktop.DBus.NameHasOwner');
    expect(args.at(-1)).toBe(STATUS_NOTIFIER_WATCHER);
    expect(options.timeout).toBeLessThanOrEqual(2000);
  });

  it('reads the answer, and calls anything else unknown', async () => {
    expect(await probeStatusNotifierWatcher(answering('(false,)\n'))).toBe('absent');
    expect(await probeStatusNotifierWatcher(answering('Error: something\n'))).toBe('unknown');
    expect(await probeStatusNotifierWatcher(answering(''))).toBe('unknown');
    const missing: RunFile = async () => {
      throw Object.assign(new Error('spawn gdbus ENOENT'), { code: 'ENOENT' });
    };
    expect(await probeStatusNotifierWatcher(missing)).toBe('unknown');
  });

  const noBus = skipBecause(
    !existsSync('/usr/bin/dbus-run-session') || !existsSync('/usr/bin/gdbus'),
    'the real D-Bus probe: dbus-run-session or gdbus is not installed',
  );
  it.skipIf(noBus)('gets the same answers from a real, private session bus', async () => {
    // A bus of its own for each call, where only the bus itself owns a name.
    const onPrivateBus: RunFile = async (file, args, options) => {
      const { stdout } = await promisify(execFile)('dbus-run-session', ['--', file, ...args], {
        ...options,
        timeout: 20_000,
        encoding: 'utf8',
      });
      return { stdout };
    };
    expect(await probeStatusNotifierWatcher(onPrivateBus)).toBe('absent');
    expect(await probeBusName('org.freedesktop.DBus', onPrivateBus)).toBe('present');
  });
});

/** Notes in memory, as the store on disk answers them. */
function memoryHints(shown = false): HintsStore & { marked: number } {
  const hints = {
    marked: 0,
    wasShown: () => shown,
    markShown: () => {
      shown = true;
      hints.marked += 1;
    },
  };
  return hints;
}

describe('the tray help over a run', () => {
  const make = (watcher: WatcherPresence, hints = memoryHints(), env = GNOME) => {
    const probe = vi.fn(async () => watcher);
    const help = createTrayHelp({ platform: 'linux', env, atLogin: false, hints, probe });
    return { help, probe, hints };
  };

  it('opens the window with the note where no watcher runs, and remembers it once delivered', async () => {
    const { help, hints } = make('absent');
    expect(help.active()).toBe(false);
    expect(await help.decide()).toBe(true);
    expect(help.active()).toBe(true);
    expect(hints.marked).toBe(0);
    help.delivered();
    help.delivered();
    expect(hints.marked).toBe(1);
    // The note stays in the window for the rest of the run.
    expect(help.active()).toBe(true);
  });

  it('says nothing where a watcher runs, and asks again next start', async () => {
    const { help, hints } = make('present');
    expect(await help.decide()).toBe(false);
    help.delivered();
    expect(hints.marked).toBe(0);
  });

  it('does not even ask the bus once the note was shown, or off GNOME', async () => {
    const shown = make('absent', memoryHints(true));
    expect(await shown.help.decide()).toBe(false);
    expect(shown.probe).not.toHaveBeenCalled();
    const kde = make('absent', memoryHints(), { XDG_CURRENT_DESKTOP: 'KDE' });
    expect(await kde.help.decide()).toBe(false);
    expect(kde.probe).not.toHaveBeenCalled();
  });
});
