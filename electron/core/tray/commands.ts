import type { BreakKind } from '../routine/types';
import type { PauseLength } from '../schedule/next-event';
import type { EngineStatus } from '../schedule/status';

/**
 * Every command a person can give Unsit, whichever door it comes through: the tray menu, the
 * Unsit window, the reminder window and a notification's buttons. Each door offers a subset
 * (below); main runs them all through one dispatcher (`runUserCommand` in
 * electron/main/commands.ts).
 */
export const USER_COMMANDS = [
  /** Start the kind of break the reminder suggests (reminders only). */
  'start-suggested',
  'start-quick',
  'start-full',
  'stood-up',
  'snooze',
  'skip-next',
  'pause-30',
  'pause-60',
  'pause-120',
  'pause-rest-of-day',
  'resume',
  'meeting-30',
  'meeting-60',
  'meeting-90',
  'meeting-open',
  'meeting-end',
  'open-statistics',
  'open-settings',
  /** Install the update that is ready now, restarting Unsit (installed copies that update). */
  'restart-to-update',
  /** Open the release page of a version this copy cannot install itself (deb, rpm, macOS). */
  'open-release-page',
  'quit',
] as const;
export type UserCommand = (typeof USER_COMMANDS)[number];

/** The tray menu's commands: all but the reminder's own "start what it suggests". */
export const TRAY_COMMANDS = USER_COMMANDS.filter(
  (command): command is Exclude<UserCommand, 'start-suggested'> => command !== 'start-suggested',
);
export type TrayCommand = (typeof TRAY_COMMANDS)[number];

/** The Unsit window's buttons: the tray's, but for those that only answer a reminder. */
export const HOME_COMMANDS = [
  'start-quick',
  'start-full',
  'stood-up',
  'pause-30',
  'pause-60',
  'pause-120',
  'pause-rest-of-day',
  'resume',
  'meeting-30',
  'meeting-60',
  'meeting-90',
  'meeting-open',
  'meeting-end',
  'open-statistics',
  'open-settings',
  'restart-to-update',
  'open-release-page',
  'quit',
] as const satisfies readonly UserCommand[];
export type HomeCommand = (typeof HOME_COMMANDS)[number];

/** The answers to a reminder, in the order the reminder offers them. */
export const REMINDER_ANSWERS = [
  'start-suggested',
  'stood-up',
  'snooze',
  'start-quick',
  'start-full',
  'skip-next',
] as const satisfies readonly UserCommand[];
export type ReminderAnswer = (typeof REMINDER_ANSWERS)[number];

export type PauseCommand = 'pause-30' | 'pause-60' | 'pause-120' | 'pause-rest-of-day';

/** The pauses on offer, with their words in a menu and on a button. */
export const PAUSES: readonly {
  command: PauseCommand;
  length: PauseLength;
  menuLabel: string;
  buttonLabel: string;
}[] = [
  {
    command: 'pause-30',
    length: { minutes: 30 },
    menuLabel: 'For 30 minutes',
    buttonLabel: '30 min',
  },
  { command: 'pause-60', length: { minutes: 60 }, menuLabel: 'For 1 hour', buttonLabel: '1 hour' },
  {
    command: 'pause-120',
    length: { minutes: 120 },
    menuLabel: 'For 2 hours',
    buttonLabel: '2 hours',
  },
  {
    command: 'pause-rest-of-day',
    length: 'rest-of-today',
    menuLabel: 'For the rest of today',
    buttonLabel: 'Rest of today',
  },
];

export type MeetingCommand = 'meeting-30' | 'meeting-60' | 'meeting-90' | 'meeting-open';

/**
 * "In a meeting", set by hand: it holds reminders like a call, on every system (the answer where
 * the detectors cannot see a call or a screen share). `minutes` null: until it is ended.
 */
export const MEETINGS: readonly {
  command: MeetingCommand;
  minutes: number | null;
  menuLabel: string;
  buttonLabel: string;
}[] = [
  { command: 'meeting-30', minutes: 30, menuLabel: 'For 30 minutes', buttonLabel: '30 min' },
  { command: 'meeting-60', minutes: 60, menuLabel: 'For 1 hour', buttonLabel: '1 hour' },
  { command: 'meeting-90', minutes: 90, menuLabel: 'For 90 minutes', buttonLabel: '90 min' },
  {
    command: 'meeting-open',
    minutes: null,
    menuLabel: 'Until I end it',
    buttonLabel: 'Until I end it',
  },
];

/** The break a start command asks for; the suggested one for "start-suggested". */
export function breakKindOf(
  command: 'start-suggested' | 'start-quick' | 'start-full',
  suggests: BreakKind,
): BreakKind {
  if (command === 'start-quick') return 'quick';
  if (command === 'start-full') return 'full';
  return suggests;
}

/**
 * Whether a command does anything in this state, the one rule for every door: both kinds of
 * break start at any time; "I stood up" only matters while sitting is counted (inside working
 * hours); snooze needs a reminder out; skipping needs a reminder ahead or out and not already
 * skipped; a meeting ends only while one is on; a pause, a resume or a meeting always works.
 */
export function commandEnabled(command: UserCommand, status: EngineStatus): boolean {
  switch (command) {
    case 'stood-up':
      return status.phase !== 'outside-hours';
    case 'snooze':
      return status.phase === 'due';
    case 'skip-next':
      return (status.phase === 'due' || status.phase === 'counting') && !status.skipNext;
    case 'meeting-end':
      return status.meeting !== null;
    default:
      return true;
  }
}
