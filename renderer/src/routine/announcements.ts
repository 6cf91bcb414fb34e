import type { Translate } from '../../../electron/core/i18n/translator';
import { stretchWords } from '../../../electron/core/routine/stretch-words';
import type { PlanStep, Side, Stretch } from '../../../electron/core/routine/types';
import { wholeSecondsLeft } from './playback/time-format';

/** "Left leg", "Right leg" or "Both legs". */
export function legLabel(t: Translate, side: Side | null): string {
  if (side === 'left') return t('routine.leg.left');
  if (side === 'right') return t('routine.leg.right');
  return t('routine.leg.both');
}

/** "Left knee down, right foot forward", or what both legs do in a two-sided stretch. */
export function legRole(t: Translate, stretch: Stretch | null, side: Side | null): string {
  if (!stretch) return '';
  const words = stretchWords(t, stretch);
  if (side && words.legRoles) return words.legRoles[side];
  return words.bothLegs ?? t('routine.bothLegsTogether');
}

/**
 * The large view's label for a side: what the stretched leg does ("Left leg out"), falling back
 * on the leg alone for a stretch without labels of its own.
 */
export function sideLabel(t: Translate, stretch: Stretch | null, side: Side | null): string {
  const labels = stretch ? stretchWords(t, stretch).sideLabels : undefined;
  if (side && labels) return labels[side];
  return legLabel(t, side);
}

/** A stretch's name, or the routine's when there is none. */
export function stretchTitle(t: Translate, stretch: Stretch | null): string {
  return stretch ? stretchWords(t, stretch).name : t('routine.heading');
}

/**
 * What a screen reader hears when a step begins: once per step, never per tick. A set-up that
 * waits for the user says how to go on instead of how long it lasts.
 */
export function stepAnnouncement(
  t: Translate,
  step: PlanStep,
  stretch: Stretch | null,
  holdNumber: number,
  holdCount: number,
  waiting = false,
): string {
  if (step.kind === 'done') return t('routine.announce.done');
  const seconds = wholeSecondsLeft(step.durationMs);
  switch (step.kind) {
    case 'setup': {
      const words = { name: stretchTitle(t, stretch), legs: legRole(t, stretch, step.side) };
      return waiting
        ? t('routine.announce.setupWaiting', words)
        : t('routine.announce.setup', { ...words, seconds });
    }
    case 'get-set':
      return t('routine.announce.getSet', { legs: legRole(t, stretch, step.side), seconds });
    case 'hold':
      return t('routine.announce.hold', {
        leg: legLabel(t, step.side),
        seconds,
        number: holdNumber,
        count: holdCount,
      });
    case 'switch':
      return t('routine.announce.switch', { leg: legLabel(t, step.to), seconds });
  }
}

/** A short title for the step: shown on screen and used in the countdown's accessible name. */
export function stepTitle(
  t: Translate,
  step: PlanStep,
  holdNumber: number,
  holdCount: number,
): string {
  switch (step.kind) {
    case 'setup':
      return t('routine.step.setup');
    case 'get-set':
      return t('routine.step.getSet');
    case 'hold':
      return t('routine.step.hold', { number: holdNumber, count: holdCount });
    case 'switch':
      return t('routine.step.switch');
    case 'done':
      return t('routine.step.done');
  }
}

/**
 * The one line that matters now, large enough to read from the mat: what the legs do while
 * getting set, the key cue during a hold, and the leg coming next during a switch.
 */
export function currentCue(t: Translate, step: PlanStep, stretch: Stretch | null): string {
  switch (step.kind) {
    case 'setup':
    case 'get-set':
      return legRole(t, stretch, step.side);
    case 'hold':
      return stretch ? stretchWords(t, stretch).keyCue : '';
    case 'switch':
      return t('routine.next', { legs: legRole(t, stretch, step.to) });
    case 'done':
      return '';
  }
}
