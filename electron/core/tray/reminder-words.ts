import { afterBusyTitle, type BusyReason } from '../schedule/busy';
import { BREAK_SHORT_NAMES, describeBreak, otherKind } from '../routine/break-names';
import type { BreakKind } from '../routine/types';
import { sittingText } from '../time/duration-text';
import { REMINDER_ANSWERS, type ReminderAnswer } from './commands';

/** A reminder as the sitting timer issues it, before it is put into words. */
export interface ReminderPrompt {
  kind: 'first' | 'repeat';
  /** Whole minutes of sitting when the reminder went out. */
  sittingMinutes: number;
  /** The kind of break it suggests; the other kind is offered beside it. */
  suggests: BreakKind;
  /** Planned length of each kind, in whole minutes rounded up ("about 2 min"). */
  minutes: Record<BreakKind, number>;
  /** Held while the person was busy, and shown now that this has ended ("Your call has ended"). */
  after?: BusyReason;
  /** Do Not Disturb held it to its limit: a notification without sound, never the window. */
  quiet?: true;
}

/** What each kind asks of the person, so they can tell whether it fits right now. */
const WHAT_IT_TAKES: Record<BreakKind, string> = {
  quick: 'Standing at your desk, one hand on something steady.',
  full: 'Four stretches, kneeling and sitting on a mat.',
};

/**
 * What a reminder says, wherever it is shown: the notification and the reminder window read
 * the same words, so the same reminder is never worded two ways.
 */
export interface ReminderWords {
  /** "Time to stand up", or "Still sitting?" for the repeat. */
  title: string;
  /** "You have been sitting for 62 min." */
  sitting: string;
  /** "Quick standing stretch, about 2 min" */
  suggestion: string;
  /** What the suggested break asks of the person. */
  takes: string;
  /** The answers on offer, most useful first, each with its label. */
  answers: { answer: ReminderAnswer; label: string }[];
}

export function reminderWords(prompt: ReminderPrompt, snoozeMinutes: number): ReminderWords {
  const other = otherKind(prompt.suggests);
  const label = (answer: ReminderAnswer): string => {
    switch (answer) {
      case 'start-suggested':
        return 'Start';
      case 'stood-up':
        return 'I stood up';
      case 'snooze':
        return `Snooze ${sittingText(snoozeMinutes)}`;
      case 'start-quick':
      case 'start-full':
        return `${BREAK_SHORT_NAMES[other]} instead, about ${prompt.minutes[other]} min`;
      case 'skip-next':
        return 'Skip';
    }
  };
  const otherStart = other === 'quick' ? 'start-quick' : 'start-full';
  return {
    // Shown once a busy state ended: "Your call has ended: stand up for 2 minutes?".
    title:
      prompt.after !== undefined
        ? afterBusyTitle(prompt)
        : prompt.kind === 'repeat'
          ? 'Still sitting?'
          : 'Time to stand up',
    sitting: `You have been sitting for ${sittingText(prompt.sittingMinutes)}.`,
    suggestion: describeBreak(prompt.suggests, prompt.minutes[prompt.suggests]),
    takes: WHAT_IT_TAKES[prompt.suggests],
    answers: REMINDER_ANSWERS.filter(
      (answer) => (answer !== 'start-quick' && answer !== 'start-full') || answer === otherStart,
    ).map((answer) => ({ answer, label: label(answer) })),
  };
}
