import { DAY_MS } from '../time/units';

/**
 * Where the update check stands, for the Unsit window's line and the tray. Failures are one
 * quiet line, never a dialog; the next daily check tries again.
 */
export type UpdateState =
  | { kind: 'off' }
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'current' }
  | { kind: 'downloading'; version: string }
  /** Downloaded and verified; installs when Unsit quits, or at once with "Restart to update". */
  | { kind: 'ready'; version: string }
  /** Where this copy cannot update itself (deb, rpm, unsigned macOS): a link to the release. */
  | { kind: 'available'; version: string; url: string }
  | { kind: 'failed'; message: string };

/** At most one check a day. */
export const UPDATE_CHECK_INTERVAL_MS = DAY_MS;

/**
 * When the next check may run: at once on the first one, then a day after the last check
 * started. A clock set back (the last check lies in the future) allows one at once.
 */
export function nextCheckAt(lastCheckAt: number | null, now: number): number {
  if (lastCheckAt === null || lastCheckAt > now) return now;
  return lastCheckAt + UPDATE_CHECK_INTERVAL_MS;
}

/** The Unsit window's line, or null where there is nothing to say. */
export function updateLine(state: UpdateState): string | null {
  switch (state.kind) {
    case 'ready':
      return `Unsit ${state.version} is ready: it installs when Unsit quits.`;
    case 'available':
      return `Unsit ${state.version} is available.`;
    case 'failed':
      return `The update check did not work (${state.message}); it tries again tomorrow.`;
    default:
      return null;
  }
}
