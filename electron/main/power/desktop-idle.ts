import { execFileSync } from 'node:child_process';

/**
 * The desktop's own idle time on Linux, asked over D-Bus through `gdbus` (no native module).
 * Electron's idle time reads 0 under XWayland and misses keyboard-only input on some Wayland
 * desktops (electron/electron#34826, #27912); GNOME's compositor and KDE keep their own count.
 */

/** Runs a program and answers its output, or null when it fails or takes too long. */
export type RunProgram = (file: string, args: readonly string[]) => string | null;

/** Each desktop's method and how to read its answer as seconds. */
const MONITORS: readonly { name: string; args: readonly string[]; unitMs: number }[] = [
  {
    // GNOME's compositor (Mutter): milliseconds since the last input, as uint64.
    name: 'org.gnome.Mutter.IdleMonitor',
    args: [
      '--dest',
      'org.gnome.Mutter.IdleMonitor',
      '--object-path',
      '/org/gnome/Mutter/IdleMonitor/Core',
      '--method',
      'org.gnome.Mutter.IdleMonitor.GetIdletime',
    ],
    unitMs: 1,
  },
  {
    // KDE and others: not in the freedesktop spec; KDE answers milliseconds, as uint32.
    name: 'org.freedesktop.ScreenSaver',
    args: [
      '--dest',
      'org.freedesktop.ScreenSaver',
      '--object-path',
      '/org/freedesktop/ScreenSaver',
      '--method',
      'org.freedesktop.ScreenSaver.GetSessionIdleTime',
    ],
    unitMs: 1,
  },
];

/** gdbus prints a call's reply as a tuple: "(uint64 12345,)". */
export function parseGdbusNumber(output: string): number | null {
  const match = /^\(\s*u?int(?:32|64)\s+(\d+)\s*,\s*\)\s*$/.exec(output.trim());
  return match ? Number(match[1]) : null;
}

/** gdbus on the session bus, with a short limit: the reading is taken on the main thread. */
export const runGdbus: RunProgram = (file, args) => {
  try {
    return execFileSync(file, ['call', '--session', ...args], {
      encoding: 'utf8',
      timeout: 1_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return null;
  }
};

/**
 * Asks each desktop's idle monitor once (at start); the first that answers is the reader, in
 * whole seconds, or null when none does. A later failed call reads as null (not known).
 */
export function probeDesktopIdle(run: RunProgram = runGdbus): (() => number | null) | null {
  for (const monitor of MONITORS) {
    const ask = (): number | null => {
      const output = run('gdbus', monitor.args);
      const value = output === null ? null : parseGdbusNumber(output);
      return value === null ? null : Math.floor((value * monitor.unitMs) / 1_000);
    };
    if (ask() !== null) return ask;
  }
  return null;
}

/**
 * Where Electron's idle time cannot be trusted: a Linux Wayland session, whether Electron runs
 * there natively or through XWayland (where it reads 0).
 */
export function electronIdleUnreliable(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): boolean {
  return (
    platform === 'linux' && (env.XDG_SESSION_TYPE === 'wayland' || Boolean(env.WAYLAND_DISPLAY))
  );
}
