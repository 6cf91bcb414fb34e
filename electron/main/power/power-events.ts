/** The events of Electron's `powerMonitor` that matter for the sitting timer. */
export type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown';

/** The part of Electron's `powerMonitor` used here; tests pass a fake. */
export interface PowerMonitorLike {
  on(event: PowerEvent, listener: () => void): unknown;
  removeListener(event: PowerEvent, listener: () => void): unknown;
  /** Seconds since the last keyboard or mouse input. */
  getSystemIdleTime(): number;
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

/** Reads the system idle time, counting each read for the wake-up budget. */
export function createIdleReader(monitor: PowerMonitorLike) {
  let reads = 0;
  return {
    read(): number {
      reads++;
      return monitor.getSystemIdleTime();
    },
    reads: () => reads,
  };
}
