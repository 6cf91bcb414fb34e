import type { PowerEvent, PowerMonitorLike } from '../main/power/power-events';

/**
 * A powerMonitor played by a script instead of the OS: `idleSecondsAt(now)` answers
 * getSystemIdleTime, `emit` delivers an event to the listeners. The simulator runs on it, and
 * so do the reminder-service tests.
 */
export function scriptedPowerMonitor(idleSecondsAt: (now: number) => number) {
  const handlers = new Map<PowerEvent, Set<() => void>>();
  const monitor: PowerMonitorLike = {
    on(event, listener) {
      handlers.set(event, (handlers.get(event) ?? new Set()).add(listener));
    },
    removeListener(event, listener) {
      handlers.get(event)?.delete(listener);
    },
    getSystemIdleTime: () => idleSecondsAt(Date.now()),
  };
  return {
    monitor,
    emit: (event: PowerEvent) => handlers.get(event)?.forEach((l) => l()),
    listenerCount: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
  };
}
