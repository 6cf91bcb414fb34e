import { describe, expect, it, vi } from 'vitest';
import {
  electronIdleUnreliable,
  parseGdbusNumber,
  probeDesktopIdle,
} from '../../../electron/main/power/desktop-idle';
import {
  STUCK_AT_ZERO_READINGS,
  createIdleReader,
  watchPower,
} from '../../../electron/main/power/power-events';
import { fakePowerMonitor } from '../reminders/fakes';

describe('power events adapter', () => {
  it('routes each powerMonitor event to its handler and unsubscribes all of them', () => {
    const power = fakePowerMonitor(() => []);
    const handlers = {
      suspend: vi.fn(),
      resume: vi.fn(),
      lock: vi.fn(),
      unlock: vi.fn(),
      shutdown: vi.fn(),
    };
    const detach = watchPower(power.monitor, handlers);
    const routes = [
      ['lock-screen', handlers.lock],
      ['unlock-screen', handlers.unlock],
      ['suspend', handlers.suspend],
      ['resume', handlers.resume],
      ['shutdown', handlers.shutdown],
    ] as const;
    // One event at a time, so an event sent to the wrong handler shows.
    for (const [event, handler] of routes) {
      power.emit(event);
      expect(handler, event).toHaveBeenCalledTimes(1);
      const others = Object.values(handlers).filter((h) => h !== handler);
      for (const other of others) expect(other, event).not.toHaveBeenCalled();
      handler.mockClear();
    }
    detach();
    expect(power.listenerCount()).toBe(0);
  });

  it('counts idle reads', () => {
    const reader = createIdleReader({
      on: vi.fn(),
      removeListener: vi.fn(),
      getSystemIdleTime: () => 42,
    });
    expect(reader.read()).toEqual({ kind: 'seconds', seconds: 42 });
    expect(reader.reads()).toBe(1);
  });
});

/** A power monitor whose idle time and idle state a test sets. */
function monitor(idle: { seconds: number; state?: 'active' | 'idle' | 'locked' | 'unknown' }) {
  return {
    on: vi.fn(),
    removeListener: vi.fn(),
    getSystemIdleTime: () => idle.seconds,
    getSystemIdleState: () => idle.state ?? 'active',
  };
}

describe('idle readings on Linux', () => {
  it('reads a locked screen as locked, and the idle time again once unlocked', () => {
    const idle = { seconds: 4, state: 'locked' as const };
    const reader = createIdleReader(monitor(idle), { platform: 'linux' });
    expect(reader.read()).toEqual({ kind: 'locked' });
    const unlocked = { seconds: 4 };
    expect(createIdleReader(monitor(unlocked), { platform: 'linux' }).read()).toEqual({
      kind: 'seconds',
      seconds: 4,
    });
  });

  it('leaves locks to the lock events on macOS and Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const reader = createIdleReader(monitor({ seconds: 4, state: 'locked' }), { platform });
      expect(reader.read()).toEqual({ kind: 'seconds', seconds: 4 });
    }
  });

  it(`takes ${STUCK_AT_ZERO_READINGS} readings of 0 in a row as not known, until one is above 0`, () => {
    const idle = { seconds: 0 };
    const reader = createIdleReader(monitor(idle), { platform: 'linux' });
    const kinds = () => reader.read().kind;
    const first = Array.from({ length: STUCK_AT_ZERO_READINGS + 1 }, kinds);
    expect(first).toEqual([
      ...Array<string>(STUCK_AT_ZERO_READINGS - 1).fill('seconds'),
      'unknown',
      'unknown',
    ]);
    idle.seconds = 7;
    expect(reader.read()).toEqual({ kind: 'seconds', seconds: 7 });
    idle.seconds = 0;
    expect(reader.read()).toEqual({ kind: 'seconds', seconds: 0 });
  });

  it("trusts a 0 on macOS and Windows, where Electron's idle time is not known to stick", () => {
    const reader = createIdleReader(monitor({ seconds: 0 }), { platform: 'win32' });
    const readings = Array.from({ length: 5 }, () => reader.read());
    expect(readings.every((r) => r.kind === 'seconds')).toBe(true);
  });

  it("uses the desktop's own idle time when given, and Electron's when the desktop fails", () => {
    const answers: (number | null)[] = [61, null];
    const reader = createIdleReader(monitor({ seconds: 2 }), {
      platform: 'linux',
      desktopIdle: () => answers.shift() ?? null,
    });
    expect(reader.read()).toEqual({ kind: 'seconds', seconds: 61 });
    expect(reader.read()).toEqual({ kind: 'seconds', seconds: 2 });
  });
});

describe("the desktop's idle monitor over D-Bus", () => {
  it('reads gdbus replies and refuses anything else', () => {
    expect(parseGdbusNumber('(uint64 61234,)\n')).toBe(61234);
    expect(parseGdbusNumber('(uint32 5,)')).toBe(5);
    expect(parseGdbusNumber('Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown')).toBe(
      null,
    );
    expect(parseGdbusNumber('(int64 -3,)')).toBe(null);
  });

  it("asks GNOME's monitor first, then the freedesktop one, and uses the first that answers", () => {
    const calls: string[] = [];
    const read = probeDesktopIdle((file, args) => {
      const method = args.at(-1) ?? '';
      calls.push(method);
      return method.endsWith('GetSessionIdleTime') ? '(uint32 90500,)' : null;
    });
    expect(calls).toEqual([
      'org.gnome.Mutter.IdleMonitor.GetIdletime',
      'org.freedesktop.ScreenSaver.GetSessionIdleTime',
    ]);
    expect(read?.()).toBe(90);
  });

  it('gives no reader where no desktop monitor answers', () => {
    expect(probeDesktopIdle(() => null)).toBeNull();
  });

  it("distrusts Electron's idle time in Linux Wayland sessions only", () => {
    expect(electronIdleUnreliable('linux', { XDG_SESSION_TYPE: 'wayland' })).toBe(true);
    expect(electronIdleUnreliable('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(electronIdleUnreliable('linux', { XDG_SESSION_TYPE: 'x11' })).toBe(false);
    expect(electronIdleUnreliable('darwin', { XDG_SESSION_TYPE: 'wayland' })).toBe(false);
  });
});
