import type { RoutineResult } from '../core/ipc/contract';
import { unreportedRoutineResult } from '../core/routine/unreported';
import type { PauseLength, ReminderService } from './reminders/types';
import type { LaunchRequest } from './single-instance';

/** The user's commands, whichever door they come through (tray, reminder, command line, IPC). */
export interface AppCommands {
  startRoutine(): void;
  openSettings(): void;
  snooze(): void;
  skipNext(): void;
  pause(length: PauseLength): void;
  resume(): void;
  quit(): void;
  /** Does what a launch of the app asked for. */
  launch(request: LaunchRequest): void;
  /** The routine window reported how the routine went. */
  routineReported(result: RoutineResult): void;
  /** The routine window closed; a routine that never reported counts as ended early. */
  routineWindowClosed(): void;
}

export interface AppCommandsOptions {
  windows: {
    open(kind: 'routine' | 'settings'): void;
    isOpen(kind: 'routine'): boolean;
  };
  reminders: Pick<
    ReminderService,
    'routineStarted' | 'routineFinished' | 'snooze' | 'skipNext' | 'pause' | 'resume'
  >;
  /** Holds in the current plan, for a routine closed before it reported anything. */
  holdCount(): number;
  now(): number;
  quit(): void;
}

export function createAppCommands(options: AppCommandsOptions): AppCommands {
  const { windows, reminders } = options;
  // The routine in progress since the routine window opened, until it reports or closes.
  let running: { startedAt: number } | null = null;

  const startRoutine = () => {
    if (!windows.isOpen('routine')) {
      running = { startedAt: options.now() };
      reminders.routineStarted();
    }
    windows.open('routine');
  };
  const openSettings = () => windows.open('settings');

  return {
    startRoutine,
    openSettings,
    snooze: () => reminders.snooze(),
    skipNext: () => reminders.skipNext(),
    pause: (length) => reminders.pause(length),
    resume: () => reminders.resume(),
    quit: () => options.quit(),
    launch(request) {
      if (request === 'start-routine') startRoutine();
      if (request === 'open-settings') openSettings();
    },
    routineReported(result) {
      running = null;
      reminders.routineFinished(result);
    },
    routineWindowClosed() {
      if (running === null) return;
      const { startedAt } = running;
      running = null;
      // Closed with the window button before the end.
      reminders.routineFinished(
        unreportedRoutineResult(options.holdCount(), startedAt, options.now()),
      );
    },
  };
}
