import type { NotificationConstructorOptions } from 'electron';
import type { ReminderAnswer } from '../core/tray/commands';
import { reminderWords, type ReminderWords } from '../core/tray/reminder-words';
import { runUserCommand, type CommandRunner } from './commands';
import type { ReminderPrompt } from './reminders/types';

/** The parts of Electron's Notification the notifier uses. */
export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'action', listener: (details: unknown, actionIndex?: number) => void): unknown;
  on(event: 'failed', listener: () => void): unknown;
  on(event: 'show', listener: () => void): unknown;
}

export interface NotificationClass {
  new (options: NotificationConstructorOptions): NotificationLike;
  isSupported(): boolean;
}

/** The small reminder window, used where notifications are unavailable or not wanted. */
export interface ReminderWindowPort {
  /** Opens the window (it asks for the current reminder itself) or reloads it, without focus. */
  show(): void;
  hide(): void;
}

/** The commands a reminder's answers run: every door's (one dispatcher). */
export type ReminderAnswers = CommandRunner;

export interface ReminderNotifierOptions {
  Notification: NotificationClass;
  platform: NodeJS.Platform;
  answers: ReminderAnswers;
  fallback: ReminderWindowPort;
  style: () => 'notification' | 'window';
  snoozeMinutes: () => number;
}

export interface ReminderPresenter {
  show(prompt: ReminderPrompt): void;
  /** Hides whatever is showing; an unanswered reminder is the service's business, not ours. */
  withdraw(): void;
  /** The reminder on screen, for the reminder window to display; null once answered or gone. */
  current(): ReminderPrompt | null;
  /** An answer from the reminder window; ignored when no reminder is out. */
  answer(choice: ReminderAnswer): void;
}

/** "Quick standing stretch, about 2 min. You have been sitting for 62 min." */
function notificationBody(words: ReminderWords): string {
  return `${words.suggestion}. ${words.sitting}`;
}

/**
 * The answers a notification offers as buttons, most useful first, per platform
 * (docs/decisions.md, "Notification buttons per platform"). macOS lists them all under the
 * notification's options; a Windows toast shows three side by side, and the rest stay in the
 * tray menu and the reminder window; Linux shows none. The body click starts the suggestion
 * everywhere.
 */
export function notificationAnswers(
  platform: NodeJS.Platform,
  words: ReminderWords,
): ReminderWords['answers'] {
  if (platform === 'darwin') return words.answers;
  if (platform === 'win32') return words.answers.slice(0, 3);
  return [];
}

function actionIndexOf(details: unknown, legacyIndex: number | undefined): number | undefined {
  if (typeof details === 'object' && details !== null && 'actionIndex' in details) {
    const index = (details as { actionIndex: unknown }).actionIndex;
    if (typeof index === 'number') return index;
  }
  return legacyIndex;
}

export function createReminderNotifier(options: ReminderNotifierOptions): ReminderPresenter {
  const { Notification, answers, fallback } = options;
  let prompt: ReminderPrompt | null = null;
  // Held so the notification is not garbage-collected (which would drop its click handler).
  let notification: NotificationLike | null = null;

  const closeNotification = (): void => {
    const shown = notification;
    notification = null;
    shown?.close();
  };
  const hideAll = (): void => {
    closeNotification();
    fallback.hide();
  };

  /** Every answer, from any door, hides the reminder first and then acts once. */
  const answerWith = (run: () => void): void => {
    if (prompt === null) return;
    prompt = null;
    hideAll();
    run();
  };

  /** What an answer does, for the reminder it answers ("start" is the suggested kind). */
  const actionFor =
    (choice: ReminderAnswer, answered: ReminderPrompt): (() => void) =>
    () =>
      runUserCommand(choice, answers, answered.suggests);

  const showNotification = (shownPrompt: ReminderPrompt): void => {
    const words = reminderWords(shownPrompt, options.snoozeMinutes());
    const choices = notificationAnswers(options.platform, words).map(({ answer }) => answer);
    const created = new Notification({
      title: words.title,
      body: notificationBody(words),
      ...(shownPrompt.quiet ? { silent: true } : {}),
      // A Windows toast otherwise slips into the Action Center after a few seconds.
      ...(options.platform === 'win32' ? { timeoutType: 'never' as const } : {}),
      ...(choices.length > 0
        ? {
            actions: notificationAnswers(options.platform, words).map(({ label }) => ({
              type: 'button' as const,
              text: label,
            })),
          }
        : {}),
    });
    const isCurrent = () => notification === created;
    created.on('click', () => {
      if (isCurrent()) answerWith(actionFor('start-suggested', shownPrompt));
    });
    created.on('action', (details, legacyIndex) => {
      const choice = choices[actionIndexOf(details, legacyIndex) ?? -1];
      if (isCurrent() && choice) answerWith(actionFor(choice, shownPrompt));
    });
    // Windows reports a toast that could not be shown; the window takes over (never for a
    // quiet reminder: Do Not Disturb is on, the tray says it is due).
    created.on('failed', () => {
      if (!isCurrent()) return;
      notification = null;
      if (!shownPrompt.quiet) fallback.show();
    });
    notification = created;
    created.show();
  };

  return {
    show(next) {
      prompt = next;
      closeNotification();
      // A repeat means the first reminder went unanswered. On Windows its toast may have been
      // swallowed by Do Not Disturb with no 'failed' event, so the repeat takes the window.
      const toastMayBeLost = options.platform === 'win32' && next.kind === 'repeat';
      if (next.quiet) {
        fallback.hide();
        if (Notification.isSupported()) showNotification(next);
      } else if (options.style() === 'window' || !Notification.isSupported() || toastMayBeLost) {
        fallback.show();
      } else {
        fallback.hide();
        showNotification(next);
      }
    },
    withdraw() {
      prompt = null;
      hideAll();
    },
    current: () => prompt,
    answer(choice) {
      if (prompt !== null) answerWith(actionFor(choice, prompt));
    },
  };
}
