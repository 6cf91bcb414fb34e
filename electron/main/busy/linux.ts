import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { readDconfBoolean } from './dconf';
import { busAddress, type DBusCall, type DBusCaller, type DBusValue } from './dbus';
import {
  alsaCaptureRunning,
  cameraInUse,
  createProcessScanner,
  hasAlsa,
  hasProc,
  isOwnProcess,
} from './proc';
import { onPath, PROBE_TIMEOUT_MS, type RunCommand } from './run-command';
import type { BusyDetector } from './types';
import { findCookie, localDisplay, readActiveWindow, readXAuthority } from './x11';

/** What the Linux detectors are given: nothing here reaches the system any other way. */
export interface LinuxBusyDeps {
  run: RunCommand;
  /** D-Bus calls over the bus's socket (`createDBusCaller`): no `gdbus` process per probe. */
  dbus: DBusCaller;
  /** "/" in the app; tests build a tree of their own. */
  root: string;
  env: Record<string, string | undefined>;
  /** Unsit's own processes (Electron's `app.getAppMetrics()` pids), never counted as busy. */
  ownPids: () => readonly number[];
}

/** Runs a tool and answers its output, or null when it is missing, fails or times out. */
async function ask(deps: LinuxBusyDeps, cmd: string, args: readonly string[]) {
  try {
    return await deps.run(cmd, args, { timeoutMs: PROBE_TIMEOUT_MS });
  } catch {
    return null;
  }
}

/** Whether a tool is installed, looked up once per detector and remembered. */
function toolCheck(deps: LinuxBusyDeps, name: string): () => boolean {
  let found: boolean | null = null;
  return () => (found ??= onPath(name, deps.env.PATH, deps.root));
}

function desktops(env: LinuxBusyDeps['env']): string[] {
  return (env.XDG_CURRENT_DESKTOP ?? '').split(':').map((d) => d.trim().toUpperCase());
}

/** Never throws: a probe that fails for any reason answers "not busy". */
function safely(probe: () => Promise<boolean> | boolean): () => Promise<boolean> {
  return async () => {
    try {
      return await probe();
    } catch {
      return false;
    }
  };
}

export function linuxCamera(deps: LinuxBusyDeps): BusyDetector {
  // One scanner for the detector's life: it remembers the processes that cannot hold a camera.
  const scanner = createProcessScanner(deps.root);
  return {
    reason: 'call',
    source: 'camera in use',
    supported: async () => hasProc(deps.root),
    probe: safely(() => cameraInUse(deps.root, deps.ownPids(), scanner)),
  };
}

/**
 * `pactl list source-outputs` (PulseAudio, and PipeWire through its Pulse server) prints one
 * block per recording stream. A stream counts when it is not corked (paused) and is not
 * Unsit's own.
 */
export function pulseRecording(output: string, isOwn: (pid: number) => boolean): boolean {
  return output
    .split(/^Source Output #/m)
    .slice(1)
    .some((block) => {
      if (!/^\s*Corked:\s*no\s*$/m.test(block)) return false;
      const pid = /^\s*application\.process\.id = "(\d+)"\s*$/m.exec(block);
      return !(pid && isOwn(Number(pid[1])));
    });
}

export function linuxMicrophone(deps: LinuxBusyDeps): BusyDetector {
  const hasPactl = toolCheck(deps, 'pactl');
  return {
    reason: 'call',
    source: 'microphone in use',
    supported: async () => hasAlsa(deps.root) || hasPactl(),
    probe: safely(async () => {
      const own = deps.ownPids();
      if (alsaCaptureRunning(deps.root, own)) return true;
      if (!hasPactl()) return false;
      const output = await ask(deps, 'pactl', ['list', 'source-outputs']);
      return output !== null && pulseRecording(output, (pid) => isOwnProcess(deps.root, pid, own));
    }),
  };
}

/** Makes one D-Bus call; null when the bus or the service is not there, fails or is slow. */
async function callBus(deps: LinuxBusyDeps, call: DBusCall): Promise<DBusValue[] | null> {
  try {
    return await deps.dbus(call, { timeoutMs: PROBE_TIMEOUT_MS });
  } catch {
    return null;
  }
}

/** Whether the bus can be reached at all: its address is known and its socket exists. */
function busCheck(deps: LinuxBusyDeps, bus: DBusCall['bus']): () => boolean {
  let found: boolean | null = null;
  return () => {
    if (found !== null) return found;
    const path = busAddress(bus, deps.env);
    found = path !== null && (path.startsWith('\0') || existsSync(join(deps.root, path)));
    return found;
  };
}

/** Where GNOME keeps the person's settings: dconf's user database, under the root. */
export function dconfUserDb(deps: LinuxBusyDeps): string | null {
  const config =
    deps.env.XDG_CONFIG_HOME || (deps.env.HOME ? join(deps.env.HOME, '.config') : null);
  return config ? join(deps.root, config, 'dconf', 'user') : null;
}

const SHOW_BANNERS = '/org/gnome/desktop/notifications/show-banners';

/**
 * Do Not Disturb, as the desktop keeps it: GNOME's `show-banners` setting (false while Do Not
 * Disturb is on), read straight from dconf's database file, no process started; KDE's
 * notification server's `Inhibited` property (over D-Bus); Xfce's notifyd `/do-not-disturb`
 * (xfconf-query). Other desktops expose none that Unsit knows of: unsupported there.
 */
export function linuxDoNotDisturb(deps: LinuxBusyDeps): BusyDetector {
  const names = desktops(deps.env);
  const desktop = names.includes('GNOME')
    ? 'gnome'
    : names.includes('KDE')
      ? 'kde'
      : names.includes('XFCE')
        ? 'xfce'
        : null;
  const db = dconfUserDb(deps);
  const hasTool =
    desktop === 'kde'
      ? busCheck(deps, 'session')
      : desktop === 'xfce'
        ? toolCheck(deps, 'xfconf-query')
        : () => desktop === 'gnome' && db !== null;
  return {
    reason: 'dnd',
    source: 'Do Not Disturb',
    supported: async () => hasTool(),
    probe: safely(async () => {
      if (!desktop || !hasTool()) return false;
      if (desktop === 'gnome') return readDconfBoolean(db!, SHOW_BANNERS) === false;
      if (desktop === 'kde') {
        const reply = await callBus(deps, {
          bus: 'session',
          destination: 'org.freedesktop.Notifications',
          path: '/org/freedesktop/Notifications',
          interface: 'org.freedesktop.DBus.Properties',
          member: 'Get',
          signature: 'ss',
          body: ['org.freedesktop.Notifications', 'Inhibited'],
        });
        return reply?.[0] === true;
      }
      const out = await ask(deps, 'xfconf-query', ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb']);
      return out?.trim() === 'true';
    }),
  };
}

/** An X11 session: on Wayland, X11 clients see only XWayland windows and cannot tell. */
export function x11Session(env: LinuxBusyDeps['env']): boolean {
  return (
    env.XDG_SESSION_TYPE !== 'wayland' && !env.WAYLAND_DISPLAY && (env.DISPLAY ?? '').length > 0
  );
}

/**
 * The active window's state on X11. On a local display (nearly every desktop), asked over the
 * display's socket by Unsit's own small client (x11.ts): no process started. Only where
 * $DISPLAY names a remote or TCP display does it fall back on two xprop calls. Either way:
 * the root window's `_NET_ACTIVE_WINDOW`, then that window's `_NET_WM_STATE` and
 * `_NET_WM_PID` (so Unsit's own large routine view never counts).
 */
export function linuxFullScreen(deps: LinuxBusyDeps): BusyDetector {
  const hasXprop = toolCheck(deps, 'xprop');
  const display = localDisplay(deps.env.DISPLAY, deps.root);
  let hasSocket: boolean | null = null;
  const local = () => display !== null && (hasSocket ??= existsSync(display.socket));
  const notOurs = (pid: number | null) =>
    !(pid !== null && isOwnProcess(deps.root, pid, deps.ownPids()));
  return {
    reason: 'fullscreen',
    source: 'full-screen window',
    supported: async () => x11Session(deps.env) && (local() || hasXprop()),
    probe: safely(async () => {
      if (!x11Session(deps.env)) return false;
      if (local()) {
        const file = readXAuthority(deps.env, deps.root);
        const active = await readActiveWindow({
          display: display!,
          auth: file && findCookie(file, display!.number, hostname()),
          timeoutMs: PROBE_TIMEOUT_MS,
        });
        return active.fullScreen && notOurs(active.pid);
      }
      if (!hasXprop()) return false;
      const active = await ask(deps, 'xprop', ['-root', '_NET_ACTIVE_WINDOW']);
      const id = active && /window id # (0x[0-9a-f]+)/i.exec(active)?.[1];
      if (!id || Number(id) === 0) return false;
      const state = await ask(deps, 'xprop', ['-id', id, '_NET_WM_STATE', '_NET_WM_PID']);
      if (state === null || !/^_NET_WM_STATE\(ATOM\) = .*\b_NET_WM_STATE_FULLSCREEN\b/m.test(state))
        return false;
      const pid = /^_NET_WM_PID\(CARDINAL\) = (\d+)/m.exec(state);
      return notOurs(pid ? Number(pid[1]) : null);
    }),
  };
}

/**
 * Whether logind's `ListInhibitors` answer, a(ssssuu) of (what, who, why, mode, uid, pid),
 * holds an idle inhibitor that blocks (not merely delays) and is not Unsit's.
 */
export function logindIdleInhibited(
  inhibitors: DBusValue | undefined,
  isOwn: (pid: number) => boolean,
): boolean {
  if (!Array.isArray(inhibitors)) return false;
  return inhibitors.some((entry) => {
    if (!Array.isArray(entry) || entry.length !== 6) return false;
    const [what, , , mode, , pid] = entry;
    return String(what).split(':').includes('idle') && mode === 'block' && !isOwn(Number(pid));
  });
}

/** GNOME's session manager flag for "inhibit the session being marked as idle". */
const GNOME_INHIBIT_IDLE = 8;

/**
 * An app keeps the screen awake: a browser playing a video or holding a call, a slide show, a
 * film. On GNOME, the session manager's `IsInhibited` with the idle flag (browsers ask it
 * through org.freedesktop.ScreenSaver); elsewhere, logind's idle inhibitors. Counted as
 * "presenting or full screen": calls are seen by the camera and the microphone already.
 */
export function linuxIdleInhibitor(deps: LinuxBusyDeps): BusyDetector {
  const gnome = desktops(deps.env).includes('GNOME');
  const hasBus = busCheck(deps, gnome ? 'session' : 'system');
  return {
    reason: 'fullscreen',
    source: 'an app keeps the screen awake',
    supported: async () => hasBus(),
    probe: safely(async () => {
      if (!hasBus()) return false;
      if (gnome) {
        const reply = await callBus(deps, {
          bus: 'session',
          destination: 'org.gnome.SessionManager',
          path: '/org/gnome/SessionManager',
          interface: 'org.gnome.SessionManager',
          member: 'IsInhibited',
          signature: 'u',
          body: [GNOME_INHIBIT_IDLE],
        });
        return reply?.[0] === true;
      }
      const reply = await callBus(deps, {
        bus: 'system',
        destination: 'org.freedesktop.login1',
        path: '/org/freedesktop/login1',
        interface: 'org.freedesktop.login1.Manager',
        member: 'ListInhibitors',
      });
      const own = deps.ownPids();
      return logindIdleInhibited(reply?.[0], (pid) => isOwnProcess(deps.root, pid, own));
    }),
  };
}

export function linuxBusyDetectors(deps: LinuxBusyDeps): BusyDetector[] {
  return [
    linuxCamera(deps),
    linuxMicrophone(deps),
    linuxDoNotDisturb(deps),
    linuxFullScreen(deps),
    linuxIdleInhibitor(deps),
  ];
}
