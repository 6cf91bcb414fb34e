import type { NotificationConstructorOptions } from 'electron';
import type { ReminderAnswer } from '../core/ipc/contract';
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
  startRoutine(): void;
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

function reminderBody(prompt: ReminderPrompt): string {
  return `You've been sitting ${prompt.sittingMinutes} min. Start the ~${prompt.routineMinutes} min routine?`;
}

/** Button labels, in the order of the notification's actions. */
function reminderActionLabels(snoozeMinutes: number): string[] {
  return ['Start', `Snooze ${snoozeMinutes} min`, 'Skip'];
}

// Electron delivers notification buttons on macOS and Windows; elsewhere the body click starts.
const PLATFORMS_WITH_ACTIONS: readonly NodeJS.Platform[] = ['darwin', 'win32'];

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

  const byChoice: Record<ReminderAnswer, () => void> = {
    start: answers.startRoutine,
    snooze: answers.snooze,
    skip: answers.skip,
  };

  const showNotification = (shownPrompt: ReminderPrompt): void => {
    const withActions = PLATFORMS_WITH_ACTIONS.includes(options.platform);
    const labels = reminderActionLabels(options.snoozeMinutes());
    const created = new Notification({
      title: reminderTitle(shownPrompt),
      body: reminderBody(shownPrompt),
      ...(withActions
        ? { actions: labels.map((text) => ({ type: 'button' as const, text })) }
        : {}),
    });
    const isCurrent = () => notification === created;
    const choices: ReminderAnswer[] = ['start', 'snooze', 'skip'];
    created.on('click', () => {
      if (isCurrent()) answerWith(answers.startRoutine);
    });
    created.on('action', (details, legacyIndex) => {
      const choice = choices[actionIndexOf(details, legacyIndex) ?? -1];
      if (isCurrent() && choice) answerWith(byChoice[choice]);
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
      answerWith(byChoice[choice]);
    },
  };
}
