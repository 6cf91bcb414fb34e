import type { BusyReason } from '../settings/busy-reasons';
import type { BreakKind } from '../routine/types';

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
