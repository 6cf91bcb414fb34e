import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MINUTE_MS } from '../../core/time/units';

/**
 * Reading Linux's /proc under an injected root ("/" in the app, a folder built by a test).
 * Everything here is synchronous on purpose: a scan is a few hundred tiny system calls, which
 * cost far less CPU done in a row than as as many promises through the thread pool, and the
 * whole scan stays within a few milliseconds (see the README's Performance table). Nothing
 * here reads a file's content beyond /proc's own status lines.
 */

function listDir(path: string): string[] {
  try {
    return readdirSync(path);
  } catch {
    return [];
  }
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const isPid = (name: string) => /^\d+$/.test(name);

/**
 * Scans /proc/PID/fd for processes that hold open a file whose path `matches`, remembering
 * between scans the processes that can never be found there, so each scan reads only the
 * rest: kernel threads (no executable, no files of their own) and processes whose open files
 * this user may not read (other users', which a call app at the desk is not). A remembered pid
 * is forgotten as soon as a full scan no longer lists it, and everything remembered is forgotten
 * when the last full scan is more than `TRUST_MS` old: for a remembered pid to belong to another
 * process by the next scan, the kernel's pid numbers (at least 32,768; 4,194,304 where systemd
 * sets them) would have to wrap around within those two minutes. Probes come once a minute
 * while a reminder waits or is held, so the memory serves exactly then.
 *
 * The holder found last is asked first at the next scan. Process 1 is passed over too: the
 * system's first process (systemd on a desktop) starts services and never a call, it belongs to
 * root so the person's scan could not read it anyway, and in containers and sandboxes it can
 * hold hundreds of files.
 */
export interface ProcessScanner {
  /**
   * The first process, in /proc's order, that holds a matching file and is not `skip`ped; null
   * when none does. Stops at the first one: finding a second costs CPU and tells nothing more.
   */
  first(
    matches: (target: string) => boolean,
    options?: {
      /** Pids whose files are not read at all (Unsit's own: cheap to tell, many open files). */
      passOver?: ReadonlySet<number>;
      /** A holder that does not count (a helper Unsit started, found by its parents). */
      skip?: (pid: number) => boolean;
    },
  ): number | null;
  /** Every process that holds a matching file (for tests and tools; the app asks `first`). */
  all(matches: (target: string) => boolean): number[];
}

/** How long the pids a full scan found unreadable are trusted without another full scan. */
const TRUST_MS = 2 * MINUTE_MS;

/** `now`: a monotonic clock in ms (`performance.now` in the app; tests pass their own). */
export function createProcessScanner(
  root: string,
  now: () => number = () => performance.now(),
): ProcessScanner {
  const proc = join(root, 'proc');
  // Plain concatenation, not join(): a scan builds a path per open file, and join's
  // normalising costs as much as a fifth of the scan.
  const base = proc.endsWith('/') ? proc : `${proc}/`;
  let unreadable = new Set<string>();
  let fullScanAt = -Infinity;
  let lastHolder: number | null = null;

  /** Whether `pid` can never show us its files: a kernel thread, or not ours to read. */
  const cannotHold = (pid: string): boolean => {
    try {
      readlinkSync(`${base}${pid}/exe`);
      return false;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // ENOENT: a kernel thread (or a process that ended meanwhile, forgotten next scan).
      return code === 'ENOENT' || code === 'EACCES' || code === 'EPERM';
    }
  };

  /**
   * Whether process `name` holds a matching file: 'yes', 'no', or 'never' for one that cannot
   * show us its files (remembered), 'gone' for one that ended meanwhile.
   */
  function holds(name: string, matches: (target: string) => boolean) {
    const fdDir = `${base}${name}/fd`;
    let fds: string[];
    try {
      fds = readdirSync(fdDir);
    } catch (error) {
      // Not ours to read (EACCES) stays so; a process that ended (ENOENT) is simply gone.
      return (error as NodeJS.ErrnoException).code === 'EACCES' ? 'never' : 'gone';
    }
    if (fds.length === 0 && cannotHold(name)) return 'never';
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`${fdDir}/${fd}`);
      } catch {
        continue; // closed meanwhile
      }
      if (matches(target)) return 'yes';
    }
    return 'no';
  }

  function scan(
    matches: (target: string) => boolean,
    onHolder: (pid: number) => boolean,
    passOver?: ReadonlySet<number>,
  ): void {
    const seen = new Set<string>();
    if (now() - fullScanAt > TRUST_MS) unreadable = new Set();
    for (const name of listDir(proc)) {
      if (!isPid(name) || name === '1' || passOver?.has(Number(name))) continue;
      if (unreadable.has(name)) {
        seen.add(name);
        continue;
      }
      const answer = holds(name, matches);
      if (answer === 'never') seen.add(name);
      if (answer === 'yes' && onHolder(Number(name))) {
        remember(seen, true);
        return;
      }
    }
    remember(seen, false);
  }

  /**
   * Keeps the unreadable pids seen in this scan. A scan that stopped early saw only part of
   * the list: it adds what it learnt and forgets nothing.
   */
  function remember(seen: Set<string>, partial: boolean): void {
    if (partial) {
      seen.forEach((pid) => unreadable.add(pid));
    } else {
      unreadable = seen;
      fullScanAt = now();
    }
  }

  return {
    first(matches, { passOver, skip = () => false } = {}) {
      // While a call goes on, the app that held the camera a minute ago still does: asking it
      // first answers with a handful of reads instead of the whole scan.
      const last = lastHolder;
      if (
        last !== null &&
        !passOver?.has(last) &&
        holds(String(last), matches) === 'yes' &&
        !skip(last)
      ) {
        return last;
      }
      let found: number | null = null;
      scan(
        matches,
        (pid) => {
          if (skip(pid)) return false;
          found = pid;
          return true;
        },
        passOver,
      );
      lastHolder = found;
      return found;
    },
    all(matches) {
      const holders: number[] = [];
      scan(matches, (pid) => {
        holders.push(pid);
        return false;
      });
      return holders;
    },
  };
}

/**
 * The processes that hold open a file whose path `matches`, read from the links in
 * /proc/PID/fd. Other users' processes cannot be read and are passed over, which is right: a
 * call app runs as the person at the desk.
 */
export function processesHolding(root: string, matches: (target: string) => boolean): number[] {
  return createProcessScanner(root).all(matches);
}

/** A process's parent, from /proc/PID/stat (the name in parentheses may hold spaces). */
function parentOf(root: string, pid: number): number | null {
  const stat = readText(join(root, 'proc', String(pid), 'stat'));
  if (stat === null) return null;
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) && ppid > 0 ? ppid : null;
}

/**
 * Whether `pid` is one of Unsit's own processes or runs under one of them (Electron's helpers
 * are its children and grandchildren), by walking up the parents.
 */
export function isOwnProcess(root: string, pid: number, ownPids: readonly number[]): boolean {
  const own = new Set(ownPids);
  let current: number | null = pid;
  for (let depth = 0; current !== null && current > 1 && depth < 32; depth += 1) {
    if (own.has(current)) return true;
    current = parentOf(root, current);
  }
  return false;
}

/** Video capture devices (/dev/video0...) present now. */
export function videoDevices(root: string): string[] {
  return listDir(join(root, 'dev')).filter((name) => /^video\d+$/.test(name));
}

/**
 * Whether the kernel has put the camera behind `video` to sleep: a USB camera (nearly every
 * webcam is one) that nobody streams from is runtime-suspended a few seconds after it is
 * closed, and one that streams cannot be. Read from sysfs:
 * /sys/class/video4linux/videoN/device is the USB interface, whose parent is the USB device
 * with power/runtime_status. Anything else (not USB, autosuspend turned off, no sysfs)
 * answers false, and the full scan decides.
 */
export function cameraAsleep(root: string, video: string): boolean {
  try {
    const iface = realpathSync(join(root, 'sys', 'class', 'video4linux', video, 'device'));
    const status = readText(join(dirname(iface), 'power', 'runtime_status'));
    return status?.trim() === 'suspended';
  } catch {
    return false;
  }
}

const VIDEO_DEVICE = /^\/dev\/video\d+$/;

/**
 * Whether a process other than Unsit holds a /dev/video* device open. The scan of every
 * process's open files is the costly part, so it runs only when some camera is present and
 * awake, passes over Unsit's own processes and those the scanner knows cannot hold one, and
 * stops at the first other process that holds a camera.
 */
export function cameraInUse(
  root: string,
  ownPids: readonly number[],
  scanner: ProcessScanner = createProcessScanner(root),
): boolean {
  const videos = videoDevices(root);
  if (videos.every((video) => cameraAsleep(root, video))) return false;
  const holder = scanner.first((target) => VIDEO_DEVICE.test(target), {
    passOver: new Set(ownPids),
    skip: (pid) => isOwnProcess(root, pid, ownPids),
  });
  return holder !== null;
}

/**
 * Whether an ALSA capture substream runs, from /proc/asound/cardN/pcmMc/subK/status (the
 * kernel's account of each stream; "closed" when nobody records). A stream owned by Unsit
 * itself does not count.
 */
export function alsaCaptureRunning(root: string, ownPids: readonly number[]): boolean {
  const asound = join(root, 'proc', 'asound');
  for (const card of listDir(asound)) {
    if (!/^card\d+$/.test(card)) continue;
    for (const pcm of listDir(join(asound, card))) {
      if (!/^pcm\d+c$/.test(pcm)) continue;
      for (const sub of listDir(join(asound, card, pcm))) {
        if (!/^sub\d+$/.test(sub)) continue;
        const status = readText(join(asound, card, pcm, sub, 'status'));
        if (status === null || !/^state:\s*RUNNING\s*$/m.test(status)) continue;
        const owner = /^owner_pid\s*:\s*(\d+)\s*$/m.exec(status);
        if (owner && isOwnProcess(root, Number(owner[1]), ownPids)) continue;
        return true;
      }
    }
  }
  return false;
}

/** Whether this system has ALSA's /proc files at all. */
export function hasAlsa(root: string): boolean {
  return listDir(join(root, 'proc', 'asound')).some((name) => /^card\d+$/.test(name));
}

/** Whether /proc can be read (a Linux system, or a test's tree). */
export function hasProc(root: string): boolean {
  return listDir(join(root, 'proc')).some(isPid);
}
