import type { BusyReason } from './busy';

/**
 * What the rest of the app (tray, notifications, settings preview) learns from the reminder
 * engine. The pure core computes it from (settings, state, now); adapters only render it.
 */
export type Phase =
  /** Inside working hours, counting sitting time towards the next reminder. */
  | 'counting'
  /** A reminder is out (or due) and has not been answered yet. */
  | 'due'
  /** The user paused reminders until `pausedUntil`. */
  | 'paused'
  /** Outside working hours: nothing is counted and no reminder fires. */
  | 'outside-hours'
  /** Inside hours but the user is away (idle, locked or asleep). */
  | 'away';

export interface EngineStatus {
  phase: Phase;
  /** Sitting time counted so far inside working hours, in ms. */
  sittingMs: number;
  /** Epoch ms when the next reminder fires if the user keeps sitting; null when none is ahead. */
  nextReminderAt: number | null;
  /** Epoch ms when a pause ends (phase 'paused'). */
  pausedUntil: number | null;
  /** Epoch ms of the next working-hours start (phase 'outside-hours'), if any within 8 days. */
  hoursResumeAt: number | null;
  /** True when the user chose "skip next break" and the next reminder will be passed over. */
  skipNext: boolean;
  /** Routines completed today (local day). */
  completedToday: number;
  /** A reminder is held until the person is free, and why (busy.ts); null when none is. */
  heldBy: BusyReason | null;
  /** "In a meeting", set by hand: until when (null: until it is ended); null when not on. */
  meeting: { until: number | null } | null;
}
