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

/** Every outcome kept for statistics through the storage port. */
export type OutcomeType =
  | 'reminded'
  | 'repeated'
  | 'started'
  | 'completed'
  | 'ended-early'
  | 'snoozed'
  | 'skipped'
  | 'ignored'
  | 'natural-break'
  /** The person said they already took a break on their own (walked, fetched water). */
  | 'stood-up'
  /** Working hours ended with sitting counted: the stretch ends there (for statistics). */
  | 'hours-ended'
  /** A reminder fell due while the person was busy and waits for them to be free (`reason`). */
  | 'held';

/** The two routines a break can be: the standing quad stretch alone, or the whole routine. */
export type BreakKind = 'quick' | 'full';

export interface OutcomeRecord {
  /** ISO-8601 instant. */
  at: string;
  type: OutcomeType;
  /** Sitting minutes at that moment, when meaningful. */
  sittingMinutes?: number;
  /**
   * For routine records (started, completed, ended-early): which routine it was. For reminder
   * records (reminded, repeated): which routine the reminder suggested.
   */
  kind?: BreakKind;
  holdsDone?: number;
  holdCount?: number;
  durationMs?: number;
  /** For 'held': why the reminder waits. */
  reason?: BusyReason;
  /** For a reminder shown once the person was free: what it had waited for. */
  after?: BusyReason;
  /** For a reminder Do Not Disturb held to its limit: shown without sound. */
  quiet?: true;
}
