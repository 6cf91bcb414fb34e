import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
 * The processes that hold open a file whose path `matches`, read from the links in
 * /proc/PID/fd. Other users' processes cannot be read and are passed over, which is right: a
 * call app runs as the person at the desk.
 */
export function processesHolding(root: string, matches: (target: string) => boolean): number[] {
  const proc = join(root, 'proc');
  const holders: number[] = [];
  for (const name of listDir(proc)) {
    if (!isPid(name)) continue;
    const fdDir = join(proc, name, 'fd');
    for (const fd of listDir(fdDir)) {
      let target: string;
      try {
        target = readlinkSync(join(fdDir, fd));
      } catch {
        continue; // closed meanwhile
      }
      if (matches(target)) {
        holders.push(Number(name));
        break;
      }
    }
  }
  return holders;
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

/**
 * Whether a process other than Unsit holds a /dev/video* device open. The scan of every
 * process's open files is the costly part, so it runs only when some camera is present and
 * awake.
 */
export function cameraInUse(root: string, ownPids: readonly number[]): boolean {
  const videos = videoDevices(root);
  if (videos.every((video) => cameraAsleep(root, video))) return false;
  return processesHolding(root, (target) => /^\/dev\/video\d+$/.test(target)).some(
    (pid) => !isOwnProcess(root, pid, ownPids),
  );
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
