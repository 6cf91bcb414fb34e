/** The events of Electron's `powerMonitor` that matter for the sitting timer. */
export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown';

/** The part of Electron's `powerMonitor` used here; tests pass a fake. */
export interface PowerMonitorLike {
  on(event: PowerEvent, listener: () => void): unknown;
  removeListener(event: PowerEvent, listener: () => void): unknown;
  /** Seconds since the last keyboard or mouse input. */
  getSystemIdleTime(): number;
  /** 'locked' while the screen is locked (the only sign of a lock Linux gives Electron). */
  getSystemIdleState?(idleThreshold: number): 'active' | 'idle' | 'locked' | 'unknown';
}

export interface PowerHandlers {
  suspend(): void;
  resume(): void;
  lock(): void;
  unlock(): void;
  shutdown(): void;
}

/** Subscribes the handlers to the power monitor; returns a function that unsubscribes them. */
export function watchPower(monitor: PowerMonitorLike, handlers: PowerHandlers): () => void {
  const bindings: [PowerEvent, () => void][] = [
    ['suspend', () => handlers.suspend()],
    ['resume', () => handlers.resume()],
    ['lock-screen', () => handlers.lock()],
    ['unlock-screen', () => handlers.unlock()],
    ['shutdown', () => handlers.shutdown()],
  ];
  for (const [event, listener] of bindings) monitor.on(event, listener);
  return () => {
    for (const [event, listener] of bindings) monitor.removeListener(event, listener);
  };
}

/**
 * One look at the person's input: seconds since their last input, a locked screen, or nothing
 * known (an idle time that cannot be trusted is not taken for typing).
 */
export type IdleReading =
  { kind: 'seconds'; seconds: number } | { kind: 'locked' } | { kind: 'unknown' };

export interface IdleReader {
  read(): IdleReading;
  reads(): number;
}

export interface IdleReaderOptions {
  /**
   * Linux: a lock shows only as getSystemIdleState() === 'locked' (Electron's lock-screen and
   * unlock-screen events exist on macOS and Windows alone), so each reading asks for it.
   */
  platform?: NodeJS.Platform;
  /**
   * The desktop's own idle time in seconds (desktop-idle.ts), used instead of Electron's where
   * Electron's cannot be trusted; null when the desktop did not answer this time.
   */
  desktopIdle?: (() => number | null) | null;
}

/**
 * Readings of exactly 0 in a row after which Electron's idle time on Linux is taken as stuck (0
 * under XWayland and on some desktops, electron/electron#34826): someone typing now and then
 * still shows a second or more at one of them. A reading above 0 proves it works again.
 */
export const STUCK_AT_ZERO_READINGS = 3;

/** Reads the system idle time, counting each read for the wake-up budget. */
export function createIdleReader(
  monitor: PowerMonitorLike,
  { platform, desktopIdle = null }: IdleReaderOptions = {},
): IdleReader {
  let reads = 0;
  let zerosInARow = 0;
  const electronSeconds = (): IdleReading => {
    const seconds = monitor.getSystemIdleTime();
    // Only Linux is known to report a stuck 0.
    zerosInARow = seconds === 0 && platform === 'linux' ? zerosInARow + 1 : 0;
    return zerosInARow >= STUCK_AT_ZERO_READINGS
      ? { kind: 'unknown' }
      : { kind: 'seconds', seconds };
  };
  return {
    read(): IdleReading {
      reads++;
      if (platform === 'linux' && monitor.getSystemIdleState?.(1) === 'locked') {
        return { kind: 'locked' };
      }
      const desktop = desktopIdle?.() ?? null;
      return desktop === null ? electronSeconds() : { kind: 'seconds', seconds: desktop };
    },
    reads: () => reads,
  };
}
