import type { NotificationConstructorOptions } from 'electron';
import type { ReminderAnswer } from '../core/ipc/contract';
import { BREAK_SHORT_NAMES, describeBreak, otherKind } from '../core/routine/break-names';
import type { BreakKind } from '../core/routine/types';
import type { ReminderPrompt } from './reminders/types';

/** The parts of Electron's Notification the notifier uses. */
export interface NotificationLike {
  show(): void;
  close(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'action', listener: (details: unknown, actionIndex?: number) => void): unknown;
  on(event: 'failed', listener: () => void): unknown;
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

export interface ReminderAnswers {
  startBreak(kind: BreakKind): void;
  stoodUp(): void;
  snooze(): void;
  skip(): void;
}

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

function reminderTitle(prompt: ReminderPrompt): string {
  return prompt.kind === 'repeat' ? 'Still sitting?' : 'Time to stand up';
}

/** "Quick standing stretch, about 2 min. You've been sitting 62 min." */
function reminderBody(prompt: ReminderPrompt): string {
  const suggested = describeBreak(prompt.suggests, prompt.minutes[prompt.suggests]);
  return `${suggested}. You've been sitting ${prompt.sittingMinutes} min.`;
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
  prompt: ReminderPrompt,
): ReminderAnswer[] {
  const all: ReminderAnswer[] = ['start', 'stood-up', 'snooze', otherKind(prompt.suggests), 'skip'];
  if (platform === 'darwin') return all;
  if (platform === 'win32') return all.slice(0, 3);
  return [];
}

function answerLabel(answer: ReminderAnswer, snoozeMinutes: number): string {
  switch (answer) {
    case 'start':
      return 'Start';
    case 'stood-up':
      return 'I stood up';
    case 'snooze':
      return `Snooze ${snoozeMinutes} min`;
    case 'quick':
    case 'full':
      return `${BREAK_SHORT_NAMES[answer]} instead`;
    case 'skip':
      return 'Skip';
  }
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
  const actionFor = (choice: ReminderAnswer, answered: ReminderPrompt): (() => void) => {
    switch (choice) {
      case 'start':
        return () => answers.startBreak(answered.suggests);
      case 'quick':
      case 'full':
        return () => answers.startBreak(choice);
      case 'stood-up':
        return answers.stoodUp;
      case 'snooze':
        return answers.snooze;
      case 'skip':
        return answers.skip;
    }
  };

  const showNotification = (shownPrompt: ReminderPrompt): void => {
    const choices = notificationAnswers(options.platform, shownPrompt);
    const snoozeMinutes = options.snoozeMinutes();
    const created = new Notification({
      title: reminderTitle(shownPrompt),
      body: reminderBody(shownPrompt),
      ...(choices.length > 0
        ? {
            actions: choices.map((choice) => ({
              type: 'button' as const,
              text: answerLabel(choice, snoozeMinutes),
            })),
          }
        : {}),
    });
    const isCurrent = () => notification === created;
    created.on('click', () => {
      if (isCurrent()) answerWith(actionFor('start', shownPrompt));
    });
    created.on('action', (details, legacyIndex) => {
      const choice = choices[actionIndexOf(details, legacyIndex) ?? -1];
      if (isCurrent() && choice) answerWith(actionFor(choice, shownPrompt));
    });
    // Windows reports a toast that could not be shown; the window takes over.
    created.on('failed', () => {
      if (!isCurrent()) return;
      notification = null;
      fallback.show();
    });
    notification = created;
    created.show();
  };

  return {
    show(next) {
      prompt = next;
      closeNotification();
      if (options.style() === 'window' || !Notification.isSupported()) {
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
