import type { Translate } from '../i18n/translator';
import { DAY_MS } from '../time/units';

/** Why a check failed, as the update line words it (the detail goes to the log). */
export type UpdateFailure = 'offline' | 'feed' | 'download' | 'integrity' | 'unexpected';

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
  | { kind: 'failed'; failure: UpdateFailure; message: string };

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
export function updateLine(t: Translate, state: UpdateState): string | null {
  switch (state.kind) {
    case 'ready':
      return t('update.ready', { version: state.version });
    case 'available':
      return t('update.available', { version: state.version });
    case 'failed':
      return t('update.failed', { reason: state.failure });
    default:
      return null;
  }
}
