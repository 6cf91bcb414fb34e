import { noBusyDetection, type BusyDetection } from '../../core/schedule/busy-detection';
import { createDBusCaller, type DBusCaller } from './dbus';
import { linuxBusyDetectors } from './linux';
import { macBusyDetectors } from './macos';
import { runCommand, type RunCommand } from './run-command';
import type { BusyDetector } from './types';
import { windowsBusyDetectors } from './windows';

/**
 * Everything the detectors need from outside, so `electron/main/index.ts` hands in the real
 * things and tests hand in fakes.
 */
export interface BusyDetectorDeps {
  /** Runs a command-line tool; defaults to `runCommand` (execFile, no shell). */
  run?: RunCommand;
  /** Makes a D-Bus call (Linux); defaults to `createDBusCaller(env)`, over the bus's socket. */
  dbus?: DBusCaller;
  /** Where Linux's /proc and /dev are found: "/" unless a test builds its own. */
  root?: string;
  env: Record<string, string | undefined>;
  /** Unsit's own processes: `app.getAppMetrics().map((m) => m.pid)` in the app. */
  ownPids: () => readonly number[];
  /** Unsit's executable (`process.execPath`); Windows names desktop apps by it. */
  execPath: string;
}

/** The detectors for this system, in the order they are cheapest to ask. */
export function createBusyDetectors(
  platform: NodeJS.Platform,
  deps: BusyDetectorDeps,
): BusyDetector[] {
  const run = deps.run ?? runCommand;
  switch (platform) {
    case 'linux':
      return linuxBusyDetectors({
        run,
        dbus: deps.dbus ?? createDBusCaller(deps.env),
        root: deps.root ?? '/',
        env: deps.env,
        ownPids: deps.ownPids,
      });
    case 'win32':
      return windowsBusyDetectors({ run, execPath: deps.execPath });
    case 'darwin':
      return macBusyDetectors({ run, ownPids: deps.ownPids });
    default:
      return [];
  }
}

/** Per reason: whether this system can see it, and through what (for the settings window). */
export type { BusyDetection };

/**
 * Asks each detector once whether this system lets it see anything. A reason is detectable
 * when at least one of its detectors is supported; its sources name those that are.
 */
export async function busyDetection(detectors: readonly BusyDetector[]): Promise<BusyDetection> {
  const result = noBusyDetection();
  const answers = await Promise.all(detectors.map((d) => d.supported().then(Boolean, () => false)));
  detectors.forEach((detector, i) => {
    if (!answers[i]) return;
    result[detector.reason].detectable = true;
    result[detector.reason].sources.push(detector.source);
  });
  return result;
}
