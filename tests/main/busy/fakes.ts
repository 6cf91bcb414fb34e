import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { DBusCall, DBusCaller, DBusValue } from '../../../electron/main/busy/dbus';
import type { RunCommand } from '../../../electron/main/busy/run-command';

/**
 * A file system root built by a test in a temporary folder: a fake /proc with processes and
 * their open files, /dev entries, ALSA status files and tools on a PATH.
 */
export class FakeRoot {
  readonly dir = mkdtempSync(join(tmpdir(), 'unsit-busy-'));

  file(path: string, content: string | Buffer = '') {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  /** A symbolic link at `path` (under the root) pointing to `target`, as sysfs has them. */
  link(path: string, target: string) {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    symlinkSync(target, full);
    return this;
  }

  /** A process with its parent and the files it holds open, as /proc/PID/fd links. */
  process(pid: number, { ppid = 1, comm = 'app', open = [] as string[] } = {}) {
    mkdirSync(join(this.dir, 'proc', String(pid), 'fd'), { recursive: true });
    this.file(`proc/${pid}/stat`, `${pid} (${comm}) S ${ppid} ${pid} ${pid} 0 -1 4194304\n`);
    const targets = ['/dev/null', 'socket:[123]', ...open];
    targets.forEach((target, fd) =>
      symlinkSync(target, join(this.dir, 'proc', String(pid), 'fd', String(fd))),
    );
    return this;
  }

  /** An executable on the fake PATH (/usr/bin). */
  tool(name: string) {
    this.file(`usr/bin/${name}`, '');
    chmodSync(join(this.dir, 'usr/bin', name), 0o755);
    return this;
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const FAKE_PATH = '/usr/local/bin:/usr/bin';

/** An ALSA substream status file in the kernel's format. */
export function alsaStatus(state: 'RUNNING' | 'closed' | 'PREPARED', ownerPid = 4242): string {
  if (state === 'closed') return 'closed\n';
  return [
    `state: ${state}`,
    `owner_pid   : ${ownerPid}`,
    'trigger_time: 5000.123456789',
    'tstamp      : 0.000000000',
    'delay       : 0',
    'avail       : 0',
    'avail_max   : 1024',
    '-----',
    'hw_ptr      : 96000',
    'appl_ptr    : 95040',
    '',
  ].join('\n');
}

export interface FakeRun {
  run: RunCommand;
  calls: string[];
}

/**
 * Answers recorded outputs by command line ("cmd arg arg"); a command line with no answer
 * fails as a missing tool does, and an answer that is an Error rejects with it.
 */
export function fakeRun(answers: Record<string, string | Error>): FakeRun {
  const calls: string[] = [];
  const run: RunCommand = async (cmd, args) => {
    const line = [cmd, ...args].join(' ');
    calls.push(line);
    const answer = answers[line];
    if (answer === undefined)
      throw Object.assign(new Error(`spawn ${cmd} ENOENT`), { code: 'ENOENT' });
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { run, calls };
}

/**
 * dconf's user database as dconf's service wrote it on this machine after
 * `gsettings set org.gnome.desktop.notifications show-banners false` and
 * `gsettings set org.gnome.desktop.interface clock-format 12h` (a second key, so the table has
 * more than one branch). `showBanners: true` is the same file after setting it back to true,
 * which changes the one data byte of that value.
 */
const DCONF_BANNERS_OFF =
  'R1ZhcmlhbnQAAAAAAAAAABgAAAAAAQAAAAAAKAgAAAAAAAAAAQAAAAQAAAAFAAAABwAAAAgAAAAIAAAACAAAALC3JDAFAAAAAAEAAAYATAAIAQAADAEAALmI/doAAAAADAEAAAgATAAUAQAAHAEAANmCtRwEAAAAHAEAAAwAdgAoAQAAKwEAADnFO08BAAAAKwEAAAoATAA4AQAAPAEAAMIdjIUBAAAAPAEAAA4ATABMAQAAUAEAAEtQkAsHAAAAUAEAAAQATABUAQAAWAEAADtvqgkDAAAAWAEAAAwAdgBoAQAAbgEAANS1AgD/////bgEAAAEATABwAQAAdAEAAGdub21lLwAAAQAAAGRlc2t0b3AvAwAAAAQAAABzaG93LWJhbm5lcnMAAGJpbnRlcmZhY2UvAAAABgAAAG5vdGlmaWNhdGlvbnMvAAACAAAAb3JnLwAAAABjbG9jay1mb3JtYXQAAAAAMTJoAABzLwAFAAAA';
/** Where show-banners' data byte sits in that file. */
export const DCONF_BANNERS_BYTE = 0x128;

export function dconfDb({ showBanners }: { showBanners: boolean }): Buffer {
  const db = Buffer.from(DCONF_BANNERS_OFF, 'base64');
  db[DCONF_BANNERS_BYTE] = showBanners ? 1 : 0;
  return db;
}

export interface FakeDBus {
  dbus: DBusCaller;
  calls: DBusCall[];
}

/**
 * A bus that answers recorded replies by "bus destination interface.member"; a call with no
 * answer fails as a missing service does, and an answer that is an Error rejects with it.
 */
export function fakeDBus(answers: Record<string, DBusValue[] | Error>): FakeDBus {
  const calls: DBusCall[] = [];
  const dbus: DBusCaller = async (call) => {
    calls.push(call);
    const answer = answers[`${call.bus} ${call.destination} ${call.interface}.${call.member}`];
    if (answer === undefined) throw new Error('org.freedesktop.DBus.Error.ServiceUnknown');
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { dbus, calls };
}

/** Environment and files of a session with both buses, under a fake root. */
export const SESSION_BUS = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus' };
export function withBuses(root: FakeRoot): FakeRoot {
  return root.file('run/user/1000/bus').file('var/run/dbus/system_bus_socket');
}
