import type { ReminderPrompt, RoutineResult } from '../../core/ipc/contract';
import type { Settings } from '../../core/settings/schema';
import type { BreakKind } from '../../core/routine/types';
import type { EngineStatus } from '../../core/schedule/status';

export type { ReminderPrompt } from '../../core/ipc/contract';

export type { PauseLength } from '../../core/schedule/next-event';
import type { PauseLength } from '../../core/schedule/next-event';

/**
 * The reminder service: the pure schedule core plus one armed node-schedule job, power/idle
 * events and persisted timer state. The tray, notifications and IPC talk only to this.
 */
export interface ReminderService {
  start(): void;
  stop(): void;
  status(): EngineStatus;
  /** Called whenever the status changes in a way the tray shows. Returns an unsubscribe. */
  onStatus(listener: (status: EngineStatus) => void): () => void;
  /** A reminder (or its single repeat) is due now: show it. */
  onReminder(listener: (prompt: ReminderPrompt) => void): () => void;
  /** The outstanding reminder no longer applies (answered, user left, hours ended): hide it. */
  onReminderWithdrawn(listener: () => void): () => void;
  /** The user started a routine of that kind (from the reminder, the tray or a launch). */
  routineStarted(kind: BreakKind): void;
  routineFinished(result: RoutineResult): void;
  /** The user took a break on their own ("I stood up"). */
  stoodUp(): void;
  snooze(): void;
  skipNext(): void;
  pause(length: PauseLength): void;
  resume(): void;
  /** "In a meeting", set by hand: for that many minutes, or until it is ended (null). */
  startMeeting(minutes: number | null): void;
  endMeeting(): void;
  settingsChanged(settings: Settings): void;
}
