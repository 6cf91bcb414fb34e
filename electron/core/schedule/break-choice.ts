import type { BreakSettings } from '../settings/schema';
import { HOUR_MS } from '../time/units';
import { localDayKey } from '../time/day-key';
import type { BreakKind } from '../routine/types';

/**
 * Which kind of break a reminder suggests (docs/decisions.md, "Counting full occasions"):
 * the full routine at most `fullRoutinesPerDay` times a local day, and only when the later of
 * the last full suggestion and the last full routine's end lies at least `fullRoutineGapHours`
 * back; otherwise the quick stretch.
 *
 * A "full occasion" is each first reminder that suggested the full routine, plus each full
 * routine started other than in answer to a full suggestion (from the tray, or as the other
 * kind). Counting suggestions rather than routines done keeps the promise whatever the answers:
 * no day suggests more full routines than the setting, and no two come closer than the gap.
 */
export type BreakRules = Pick<BreakSettings, 'fullRoutinesPerDay' | 'fullRoutineGapHours'>;

/** What the choice remembers about full routines; it lives in the sitting timer's state. */
export interface FullRoutineLog {
  /** The local day ("YYYY-MM-DD") `occasions` belongs to; '' before the first one. */
  day: string;
  occasions: number;
  lastSuggestedAt: number | null;
  lastEndedAt: number | null;
}

export function emptyFullRoutineLog(): FullRoutineLog {
  return { day: '', occasions: 0, lastSuggestedAt: null, lastEndedAt: null };
}

/** Full occasions on the local day of `at`. */
export function fullOccasionsOn(log: FullRoutineLog, at: number): number {
  return log.day === localDayKey(at) ? log.occasions : 0;
}

/** The kind a new reminder at `at` suggests. */
export function suggestBreak(rules: BreakRules, log: FullRoutineLog, at: number): BreakKind {
  if (fullOccasionsOn(log, at) >= rules.fullRoutinesPerDay) return 'quick';
  const last = Math.max(log.lastSuggestedAt ?? -Infinity, log.lastEndedAt ?? -Infinity);
  return at - last >= rules.fullRoutineGapHours * HOUR_MS ? 'full' : 'quick';
}

/** The log after a full occasion at `at`; a suggestion also restarts the gap. */
export function withFullOccasion(
  log: FullRoutineLog,
  at: number,
  suggested: boolean,
): FullRoutineLog {
  return {
    ...log,
    day: localDayKey(at),
    occasions: fullOccasionsOn(log, at) + 1,
    lastSuggestedAt: suggested ? at : log.lastSuggestedAt,
  };
}

/** The log after a full routine ended (completed or not) at `at`. */
export function withFullRoutineEnded(log: FullRoutineLog, at: number): FullRoutineLog {
  return { ...log, lastEndedAt: at };
}
