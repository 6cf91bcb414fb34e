import {
  DETECTED_BUSY_REASONS,
  type BusyRuleSettings,
  type DetectedBusyReason,
} from '../../core/schedule/busy';
import type { BusyReader } from '../reminders/reminder-service';
import type { BusyDetector } from './types';

/** A probe that has not answered by then counts as "not busy": a stuck tool never holds us. */
export const PROBE_TIMEOUT_MS = 2000;

export interface BusyMonitorOptions {
  /** This system's detectors (`createBusyDetectors`); none on a system without any. */
  detectors: readonly BusyDetector[];
  /** The "Don't interrupt" settings in force: a source turned off is never probed. */
  settings: () => BusyRuleSettings;
  probeTimeoutMs?: number;
}

/** Which reasons this system can see, for the settings window. */
export type BusyCapabilities = Record<DetectedBusyReason, boolean>;

export interface BusyMonitor extends BusyReader {
  capabilities(): Promise<BusyCapabilities>;
  stop(): void;
}

/** A promise that never rejects and settles within `ms`, with `fallback` if it must. */
function within<T>(run: () => Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    const done = (value: T) => {
      clearTimeout(timer);
      resolve(value);
    };
    try {
      run().then(done, () => done(fallback));
    } catch {
      done(fallback);
    }
  });
}

/**
 * Drives the busy detectors for the reminder service. Detectors are asked once whether this
 * system supports them; after that only the supported ones whose source is turned on are
 * probed, all at once, and only when the service asks (while a reminder waits or is held). Their
 * event-driven signals are watched only while readings are wanted.
 */
export function createBusyMonitor(options: BusyMonitorOptions): BusyMonitor {
  const timeout = options.probeTimeoutMs ?? PROBE_TIMEOUT_MS;
  const listeners = new Set<() => void>();
  let supported: Promise<BusyDetector[]> | null = null;
  let unwatch: (() => void)[] | null = null;
  let wanted = false;

  const supportedDetectors = (): Promise<BusyDetector[]> => {
    supported ??= Promise.all(
      options.detectors.map((d) => within(() => d.supported(), timeout, false)),
    ).then((answers) => options.detectors.filter((_, i) => answers[i]));
    return supported;
  };
  const turnedOn = (detectors: BusyDetector[]) => {
    const settings = options.settings();
    return detectors.filter((d) => settings[d.reason]);
  };
  const signal = () => listeners.forEach((l) => l());

  const stopWatching = () => {
    unwatch?.forEach((stop) => stop());
    unwatch = null;
  };
  const startWatching = async () => {
    const detectors = turnedOn(await supportedDetectors());
    if (!wanted || unwatch) return;
    unwatch = detectors.flatMap((d) => (d.watch ? [d.watch(signal)] : []));
  };

  return {
    async read() {
      const detectors = turnedOn(await supportedDetectors());
      const answers = await Promise.all(
        detectors.map((d) => within(() => d.probe(), timeout, false)),
      );
      const seen = new Set(detectors.filter((_, i) => answers[i]).map((d) => d.reason));
      return DETECTED_BUSY_REASONS.filter((r) => seen.has(r));
    },
    setWanted(next) {
      if (next === wanted) return;
      wanted = next;
      if (next) void startWatching();
      else stopWatching();
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    async capabilities() {
      const detectors = await supportedDetectors();
      const can = (reason: DetectedBusyReason) => detectors.some((d) => d.reason === reason);
      return { call: can('call'), fullscreen: can('fullscreen'), dnd: can('dnd') };
    },
    stop() {
      wanted = false;
      stopWatching();
      listeners.clear();
    },
  };
}
