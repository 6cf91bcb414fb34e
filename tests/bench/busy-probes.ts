import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  linuxDoNotDisturb,
  linuxFullScreen,
  linuxIdleInhibitor,
  linuxMicrophone,
  type LinuxBusyDeps,
} from '../../electron/main/busy/linux';
import { busAddress, createDBusCaller } from '../../electron/main/busy/dbus';
import { alsaCaptureRunning, createProcessScanner } from '../../electron/main/busy/proc';
import { onPath, runCommand } from '../../electron/main/busy/run-command';
import { dconfDb } from '../main/busy/fakes';
import type { Figure } from './table';

/** The budget: one probe of a detector costs at most this much CPU. */
const PROBE_BUDGET_MS = 10;
const ROUNDS = 20;
/** Linux counts children's CPU in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

/** CPU time of waited-for children so far (utime + stime of reaped children, /proc/self/stat). */
function childrenCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

interface Cost {
  own: number;
  children: number;
}

/**
 * Average CPU of one call of `probe` over ROUNDS calls: this process's CPU, and the CPU of the
 * tools it started (counted once they exit, in ticks, so averaging over rounds gives 0.5 ms
 * resolution).
 */
async function cpuPerCall(probe: () => unknown): Promise<Cost> {
  await probe(); // warm: module code compiled, tools in the page cache
  const children = childrenCpuMs();
  const own = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i += 1) await probe();
  const used = process.cpuUsage(own);
  return {
    own: (used.user + used.system) / 1000 / ROUNDS,
    children: (childrenCpuMs() - children) / ROUNDS,
  };
}

function figure(name: string, cost: Cost, budget: number | null, note: string): Figure {
  const split =
    cost.children > 0 ? ` (Unsit ${round(cost.own)} ms, tools ${round(cost.children)} ms)` : '';
  return { name, value: cost.own + cost.children, unit: 'ms', budget, note: note + split };
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * `npm run bench`: the CPU time of one probe of each Linux detector on this machine, beside a
 * plain `readdir` of /proc and the start of a process that does nothing (the floor of any
 * probe that runs a tool). Where a detector's source is missing here (no camera, no sound
 * card, no session bus), the cost measured is the work the probe does all the same: the /proc
 * scan runs as if a camera were present, and the tools run and fail.
 */
export async function busyProbeFigures(): Promise<Figure[]> {
  if (process.platform !== 'linux') return [];
  const figures: Figure[] = [];
  const env = process.env;
  const pids = readdirSync('/proc').filter((n) => /^\d+$/.test(n)).length;

  figures.push(
    figure(
      'busy probe: readdir of /proc (reference)',
      await cpuPerCall(() => readdirSync('/proc')),
      null,
      `${pids} processes`,
    ),
  );
  figures.push(
    figure(
      'busy probe: starting a process that does nothing (reference)',
      await cpuPerCall(() => runCommand('true', [], { timeoutMs: 2000 }).catch(() => '')),
      null,
      'the floor of any probe that runs a tool',
    ),
  );

  // The camera probe's scan as the detector runs it once a camera is present and awake: one
  // scanner kept between probes (it remembers the processes that cannot hold a camera),
  // Unsit's own process passed over, every other process's open files read (none holds a
  // camera here, so it never stops early).
  const scanner = createProcessScanner('/');
  let fds = 0;
  const video = (target: string) => {
    fds += 1;
    return /^\/dev\/video\d+$/.test(target);
  };
  figures.push(
    figure(
      'busy probe: camera (/proc fd scan)',
      await cpuPerCall(() => {
        fds = 0;
        scanner.first(video, { passOver: new Set([process.pid]) });
      }),
      PROBE_BUDGET_MS,
      `${pids} processes, ${fds} open files read`,
    ),
  );
  figures.push(
    figure(
      'busy probe: camera, first scan (nothing remembered yet)',
      await cpuPerCall(() => createProcessScanner('/').first(video)),
      null,
      'once, at the first probe after start',
    ),
  );
  // While a call holds a reminder: a real process holds a file open (the camera's stand-in
  // here) and the scanner, which found it at the last probe, asks it first.
  const held = join(mkdtempSync(join(tmpdir(), 'unsit-bench-camera-')), 'video0');
  writeFileSync(held, '');
  const holder = spawn(
    process.execPath,
    ['-e', `require('fs').openSync(${JSON.stringify(held)}, 'r'); process.stdin.resume()`],
    { stdio: ['pipe', 'ignore', 'ignore'] },
  );
  try {
    const inCall = createProcessScanner('/');
    const holds = (target: string) => target === held;
    while (inCall.first(holds) === null) await new Promise((r) => setImmediate(r));
    figures.push(
      figure(
        'busy probe: camera while a call holds it',
        await cpuPerCall(() => inCall.first(holds, { passOver: new Set([process.pid]) })),
        PROBE_BUDGET_MS,
        'the app found holding it at the last probe is asked first',
      ),
    );
  } finally {
    holder.kill();
    rmSync(dirname(held), { recursive: true, force: true });
  }
  figures.push(
    figure(
      'busy probe: microphone (ALSA status files)',
      await cpuPerCall(() => alsaCaptureRunning('/', [process.pid])),
      PROBE_BUDGET_MS,
      readdirSafe('/proc/asound').length ? 'sound cards present' : 'no sound card here',
    ),
  );

  const dbus = createDBusCaller(env);
  const deps = (extra: Record<string, string>): LinuxBusyDeps => ({
    run: runCommand,
    dbus,
    root: '/',
    env: { ...env, ...extra },
    ownPids: () => [process.pid],
  });
  if (onPath('pactl', env.PATH, '/')) {
    const mic = linuxMicrophone(deps({}));
    figures.push(
      figure(
        'busy probe: microphone (ALSA, then pactl)',
        await cpuPerCall(() => mic.probe()),
        PROBE_BUDGET_MS,
        'one pactl',
      ),
    );
  } else {
    console.error('busy probe: pactl is not installed here; its probe is not measured');
  }

  const home = mkdtempSync(join(tmpdir(), 'unsit-bench-dconf-'));
  try {
    mkdirSync(join(home, '.config', 'dconf'), { recursive: true });
    writeFileSync(join(home, '.config', 'dconf', 'user'), dconfDb({ showBanners: false }));
    const gnome = linuxDoNotDisturb(
      deps({ XDG_CURRENT_DESKTOP: 'GNOME', HOME: home, XDG_CONFIG_HOME: '' }),
    );
    figures.push(
      figure(
        'busy probe: Do Not Disturb, GNOME (dconf file)',
        await cpuPerCall(() => gnome.probe()),
        PROBE_BUDGET_MS,
        'no process started',
      ),
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }

  const reachable = (bus: 'session' | 'system') => {
    const path = busAddress(bus, env);
    return path !== null && (path.startsWith('\0') || existsSync(path));
  };
  const busNote = (bus: 'session' | 'system') =>
    reachable(bus) ? `over the ${bus} bus` : `no ${bus} bus here: the probe stops at once`;
  const probes: [string, string, () => Promise<boolean>][] = [
    [
      'Do Not Disturb, KDE (D-Bus)',
      busNote('session'),
      linuxDoNotDisturb(deps({ XDG_CURRENT_DESKTOP: 'KDE' })).probe,
    ],
    [
      'idle inhibitors, GNOME (D-Bus)',
      busNote('session'),
      linuxIdleInhibitor(deps({ XDG_CURRENT_DESKTOP: 'GNOME' })).probe,
    ],
    [
      'idle inhibitors, logind (D-Bus)',
      busNote('system'),
      linuxIdleInhibitor(deps({ XDG_CURRENT_DESKTOP: 'KDE' })).probe,
    ],
  ];
  const stopWindowManager = env.DISPLAY ? playWindowManager(env.DISPLAY) : null;
  if (stopWindowManager) {
    probes.push([
      'full screen, X11 (over the display socket)',
      'active window full screen, no process started',
      linuxFullScreen(deps({ XDG_SESSION_TYPE: 'x11' })).probe,
    ]);
  } else {
    console.error(
      'busy probe: no X display or no xprop here; the X11 full-screen probe is not measured',
    );
  }
  try {
    for (const [name, note, probe] of probes) {
      figures.push(figure(`busy probe: ${name}`, await cpuPerCall(probe), PROBE_BUDGET_MS, note));
    }
    if (stopWindowManager) {
      // The way it was asked before, and still is where $DISPLAY is not a local socket.
      const display = env.DISPLAY!;
      const xprop = (...args: string[]) =>
        runCommand('xprop', ['-display', display, ...args], { timeoutMs: 2000 }).catch(() => '');
      figures.push(
        figure(
          'busy probe: full screen, X11 through xprop (fallback, reference)',
          await cpuPerCall(async () => {
            const active = await xprop('-root', '_NET_ACTIVE_WINDOW');
            const id = /window id # (0x[0-9a-f]+)/i.exec(active)?.[1] ?? '0';
            await xprop('-id', id, '_NET_WM_STATE', '_NET_WM_PID');
          }),
          null,
          'two processes started; only for a display that is not a local socket',
        ),
      );
    }
  } finally {
    stopWindowManager?.();
  }
  return figures;
}

function readdirSafe(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

/**
 * Plays a window manager on the bench's display with xprop, so the full-screen probe walks its
 * whole path: the root window names itself the active window, full screen, owned by a process
 * that is not Unsit. One xprop keeps a connection open meanwhile (a server like Xvfb forgets
 * every property when its last client leaves). Returns how to stop, or null without xprop.
 */
function playWindowManager(display: string): (() => void) | null {
  if (!onPath('xprop', process.env.PATH, '/') || !onPath('xwininfo', process.env.PATH, '/'))
    return null;
  const keeper = spawn('xprop', ['-display', display, '-root', '-spy', 'UNSIT_BENCH'], {
    stdio: 'ignore',
  });
  const xprop = (...args: string[]) =>
    execFileSync('xprop', ['-display', display, '-root', ...args], { stdio: 'ignore' });
  try {
    const info = execFileSync('xwininfo', ['-display', display, '-root'], { encoding: 'utf8' });
    const root = /Window id: (0x[0-9a-f]+)/i.exec(info)?.[1];
    if (!root) throw new Error('no root window id');
    xprop('-f', '_NET_ACTIVE_WINDOW', '32x', '-set', '_NET_ACTIVE_WINDOW', root);
    xprop('-f', '_NET_WM_STATE', '32a', '-set', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN');
    xprop('-f', '_NET_WM_PID', '32c', '-set', '_NET_WM_PID', '999999');
  } catch {
    keeper.kill();
    return null;
  }
  return () => keeper.kill();
}
