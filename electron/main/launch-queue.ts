import type { LaunchRequest } from './single-instance';

export interface Launcher {
  launch(request: LaunchRequest): void;
}

/**
 * Launches reported before the app is wired wait for it: 'second-instance' only arrives after
 * 'ready', but possibly before the wiring finished.
 */
export function createLaunchQueue() {
  let launcher: Launcher | null = null;
  const waiting: LaunchRequest[] = [];
  return {
    /** A later launch (another instance, or a re-launch on macOS). */
    launch(request: LaunchRequest): void {
      if (launcher) launcher.launch(request);
      else waiting.push(request);
    },
    /** The app is wired: does what its own launch asked for, then what came in meanwhile. */
    ready(ready: Launcher, ownRequest: LaunchRequest): void {
      ready.launch(ownRequest);
      launcher = ready;
      for (const request of waiting.splice(0)) ready.launch(request);
    },
  };
}
