import type { PowerEvent, PowerMonitorLike } from '../../../electron/main/power/power-events';

export interface Absence {
  start: number;
  end: number;
  kind: 'idle' | 'lock' | 'sleep';
}

/** A powerMonitor whose idle time follows scripted absences; `emit` plays an OS event. */
export function fakePowerMonitor(absences: () => readonly Absence[]) {
  const handlers = new Map<PowerEvent, Set<() => void>>();
  const monitor: PowerMonitorLike = {
    on(event, listener) {
      handlers.set(event, (handlers.get(event) ?? new Set()).add(listener));
    },
    removeListener(event, listener) {
      handlers.get(event)?.delete(listener);
    },
    getSystemIdleTime() {
      const now = Date.now();
      const current = absences().find((a) => a.kind !== 'sleep' && a.start <= now && now < a.end);
      return current ? Math.floor((now - current.start) / 1000) : 0;
    },
  };
  return {
    monitor,
    emit: (event: PowerEvent) => handlers.get(event)?.forEach((l) => l()),
    listenerCount: () => [...handlers.values()].reduce((n, s) => n + s.size, 0),
  };
}

export function memoryStores() {
  let saved: unknown = null;
  const records: { at: string; type: string }[] = [];
  return {
    timerStore: {
      load: () => saved,
      save: (s: unknown) => void (saved = JSON.parse(JSON.stringify(s))),
    },
    history: { append: (r: { at: string; type: string }) => void records.push(r) },
    records,
    saved: () => saved,
    corrupt: (value: unknown) => void (saved = value),
  };
}
