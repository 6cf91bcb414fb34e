import type { RoutineResult } from '../core/ipc/contract';
import { unreportedRoutineResult } from '../core/routine/unreported';
import type { BreakKind } from '../core/routine/types';
import { breakKindOf, MEETINGS, PAUSES, type UserCommand } from '../core/tray/commands';
import type { PauseLength, ReminderService } from './reminders/types';
import type { LaunchRequest } from './single-instance';
import type { OpenableKind } from './windows';

/** The user's commands, whichever door they come through (tray, reminder, command line, IPC). */
export interface AppCommands {
  /**
   * Opens the routine window for a break of that kind and tells the reminder service. When the
   * window is already open it is only brought forward: one routine at a time.
   */
  startBreak(kind: BreakKind): void;
  /** The user took a break on their own ("I stood up"): it counts, and is recorded. */
  stoodUp(): void;
  openSettings(): void;
  openStatistics(): void;
  /** Opens the Unsit window: the way in where no tray icon shows. */
  openHome(): void;
  snooze(): void;
  skipNext(): void;
  pause(length: PauseLength): void;
  resume(): void;
  /** "In a meeting", set by hand: for that many minutes, or until it is ended (null). */
  startMeeting(minutes: number | null): void;
  endMeeting(): void;
  quit(): void;
  /** Installs the update that is ready, restarting Unsit ("Restart to update"). */
  restartToUpdate(): void;
  /** Opens the release page of a version this copy cannot install itself. */
  openReleasePage(): void;
  /** Does what a launch of the app asked for. */
  launch(request: LaunchRequest): void;
  /** The kind of break the routine window was opened for: main decides it, not the window. */
  currentBreak(): BreakKind;
  /** The routine window reported how the routine went. */
  routineReported(result: RoutineResult): void;
  /** The routine window closed; a routine that never reported counts as ended early. */
  routineWindowClosed(): void;
}

export interface AppCommandsOptions {
  windows: {
    open(kind: OpenableKind): void;
    isOpen(kind: 'routine'): boolean;
  };
  reminders: Pick<
    ReminderService,
    | 'routineStarted'
    | 'routineFinished'
    | 'stoodUp'
    | 'snooze'
    | 'skipNext'
    | 'pause'
    | 'resume'
    | 'startMeeting'
    | 'endMeeting'
  >;
  /** Holds in the plan of a kind, for a routine closed before it reported anything. */
  holdCount(kind: BreakKind): number;
  now(): number;
  quit(): void;
  /** The update service's, when this copy has one (installed builds). */
  updates?: () => { restartToUpdate(): boolean; openReleasePage(): void } | null;
}

export function createAppCommands(options: AppCommandsOptions): AppCommands {
  const { windows, reminders } = options;
  // The routine in progress since the routine window opened, until it reports or closes.
  let running: { startedAt: number; kind: BreakKind } | null = null;
  // The kind the routine window was last opened for; it stays on screen after the report.
  let opened: BreakKind = 'full';

  const startBreak = (kind: BreakKind) => {
    if (!windows.isOpen('routine')) {
      running = { startedAt: options.now(), kind };
      opened = kind;
      reminders.routineStarted(kind);
    }
    windows.open('routine');
  };
  const openSettings = () => windows.open('settings');

  return {
    startBreak,
    stoodUp: () => reminders.stoodUp(),
    openSettings,
    openStatistics: () => windows.open('statistics'),
    openHome: () => windows.open('home'),
    snooze: () => reminders.snooze(),
    skipNext: () => reminders.skipNext(),
    pause: (length) => reminders.pause(length),
    resume: () => reminders.resume(),
    startMeeting: (minutes) => reminders.startMeeting(minutes),
    endMeeting: () => reminders.endMeeting(),
    quit: () => options.quit(),
    restartToUpdate: () => void options.updates?.()?.restartToUpdate(),
    openReleasePage: () => options.updates?.()?.openReleasePage(),
    // A launch asking for the routine (`--start-routine`, a keyboard shortcut) gets the full one;
    // launching Unsit again opens the Unsit window, never a routine by surprise.
    launch(request) {
      if (request === 'start-routine') startBreak('full');
      if (request === 'open-settings') openSettings();
      if (request === 'open-home') windows.open('home');
    },
    currentBreak: () => opened,
    routineReported(result) {
      running = null;
      reminders.routineFinished(result);
    },
    routineWindowClosed() {
      if (running === null) return;
      const { startedAt, kind } = running;
      running = null;
      // Closed with the window button before the end.
      reminders.routineFinished(
        unreportedRoutineResult(options.holdCount(kind), startedAt, options.now()),
      );
    },
  };
}

/** The commands a door needs to run what it offers. */
export type CommandRunner = Pick<
  AppCommands,
  | 'startBreak'
  | 'stoodUp'
  | 'snooze'
  | 'skipNext'
  | 'pause'
  | 'resume'
  | 'startMeeting'
  | 'endMeeting'
  | 'openStatistics'
  | 'openSettings'
  | 'restartToUpdate'
  | 'openReleasePage'
  | 'quit'
>;

/**
 * The one dispatcher of the user's commands, for every door: the tray menu, the Unsit window,
 * the reminder window and a notification's buttons. `suggests` is the break a reminder
 * suggests, for "start-suggested" (the full routine where no reminder is out).
 */
export function runUserCommand(
  command: UserCommand,
  commands: CommandRunner,
  suggests: BreakKind = 'full',
): void {
  switch (command) {
    case 'start-suggested':
    case 'start-quick':
    case 'start-full':
      return commands.startBreak(breakKindOf(command, suggests));
    case 'stood-up':
      return commands.stoodUp();
    case 'snooze':
      return commands.snooze();
    case 'skip-next':
      return commands.skipNext();
    case 'pause-30':
    case 'pause-60':
    case 'pause-120':
    case 'pause-rest-of-day':
      return commands.pause(PAUSES.find((pause) => pause.command === command)!.length);
    case 'resume':
      return commands.resume();
    case 'meeting-30':
    case 'meeting-60':
    case 'meeting-90':
    case 'meeting-open':
      return commands.startMeeting(
        MEETINGS.find((meeting) => meeting.command === command)!.minutes,
      );
    case 'meeting-end':
      return commands.endMeeting();
    case 'open-statistics':
      return commands.openStatistics();
    case 'open-settings':
      return commands.openSettings();
    case 'restart-to-update':
      return commands.restartToUpdate();
    case 'open-release-page':
      return commands.openReleasePage();
    case 'quit':
      return commands.quit();
  }
}
