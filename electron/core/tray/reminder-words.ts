import { afterBusyTitle, type BusyReason } from '../schedule/busy';
import type { Translate } from '../i18n/translator';
import { breakShortName, describeBreak, otherKind } from '../routine/break-names';
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
const whatItTakes = (t: Translate, kind: BreakKind): string =>
  kind === 'quick' ? t('reminder.takes.quick') : t('reminder.takes.full');

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

export function reminderWords(
  t: Translate,
  prompt: ReminderPrompt,
  snoozeMinutes: number,
): ReminderWords {
  const other = otherKind(prompt.suggests);
  const label = (answer: ReminderAnswer): string => {
    switch (answer) {
      case 'start-suggested':
        return t('reminder.answer.start');
      case 'stood-up':
        return t('reminder.answer.stoodUp');
      case 'snooze':
        return t('reminder.answer.snooze', { duration: sittingText(t, snoozeMinutes) });
      case 'start-quick':
      case 'start-full':
        return t('reminder.answer.other', {
          name: breakShortName(t, other),
          minutes: prompt.minutes[other],
        });
      case 'skip-next':
        return t('reminder.answer.skip');
    }
  };
  const otherStart = other === 'quick' ? 'start-quick' : 'start-full';
  return {
    // Shown once a busy state ended: "Your call has ended: stand up for 2 minutes?".
    title:
      prompt.after !== undefined
        ? afterBusyTitle(t, { ...prompt, after: prompt.after })
        : prompt.kind === 'repeat'
          ? t('reminder.title.repeat')
          : t('reminder.title.first'),
    sitting: t('reminder.sitting', { duration: sittingText(t, prompt.sittingMinutes) }),
    suggestion: describeBreak(t, prompt.suggests, prompt.minutes[prompt.suggests]),
    takes: whatItTakes(t, prompt.suggests),
    answers: REMINDER_ANSWERS.filter(
      (answer) => (answer !== 'start-quick' && answer !== 'start-full') || answer === otherStart,
    ).map((answer) => ({ answer, label: label(answer) })),
  };
}
