import type { PlanStep, Side, Stretch } from '../../../electron/core/routine/types';
import { wholeSecondsLeft } from './playback/time-format';

export function legLabel(side: Side | null): string {
  if (side === 'left') return 'Left leg';
  if (side === 'right') return 'Right leg';
  return 'Both legs';
}

/** "Left knee down, right foot forward", or what both legs do in a two-sided stretch. */
export function legRole(stretch: Stretch | null, side: Side | null): string {
  if (!stretch) return '';
  if (side && stretch.legRoles) return stretch.legRoles[side];
  return stretch.bothLegs ?? 'Both legs together';
}

/**
 * The large view's label for a side: what the stretched leg does ("Left leg out"), falling back
 * on the leg alone for a stretch without labels of its own.
 */
export function sideLabel(stretch: Stretch | null, side: Side | null): string {
  if (side && stretch?.sideLabels) return stretch.sideLabels[side];
  return legLabel(side);
}

function seconds(ms: number): string {
  const n = wholeSecondsLeft(ms);
  return n === 1 ? '1 second' : `${n} seconds`;
}

/**
 * What a screen reader hears when a step begins: once per step, never per tick. A set-up that
 * waits for the user says how to go on instead of how long it lasts.
 */
export function stepAnnouncement(
  step: PlanStep,
  stretch: Stretch | null,
  holdNumber: number,
  holdCount: number,
  waiting = false,
): string {
  switch (step.kind) {
    case 'setup': {
      const then = waiting
        ? 'Press Space or Enter when you are in position.'
        : `${seconds(step.durationMs)} to get into position.`;
      return `Get ready: ${stretch?.name ?? 'next stretch'}. ${legRole(stretch, step.side)}. ${then}`;
    }
    case 'get-set':
      return `Get into position: ${legRole(stretch, step.side)}. The hold starts in ${seconds(step.durationMs)}.`;
    case 'hold':
      return `${legLabel(step.side)}: hold ${seconds(step.durationMs)}. Hold ${holdNumber} of ${holdCount}.`;
    case 'switch':
      return `Ease out and switch legs. ${legLabel(step.to)} next, in ${seconds(step.durationMs)}.`;
    case 'done':
      return 'Routine complete.';
  }
}

/** A short title for the step: shown on screen and used in the countdown's accessible name. */
export function stepTitle(step: PlanStep, holdNumber: number, holdCount: number): string {
  switch (step.kind) {
    case 'setup':
      return 'Get ready';
    case 'get-set':
      return 'Get set';
    case 'hold':
      return `Hold ${holdNumber} of ${holdCount}`;
    case 'switch':
      return 'Switch legs';
    case 'done':
      return 'Done';
  }
}

/**
 * The one line that matters now, large enough to read from the mat: what the legs do while
 * getting set, the key cue during a hold, and the leg coming next during a switch.
 */
export function currentCue(step: PlanStep, stretch: Stretch | null): string {
  switch (step.kind) {
    case 'setup':
    case 'get-set':
      return legRole(stretch, step.side);
    case 'hold':
      return stretch?.keyCue ?? '';
    case 'switch':
      return `Next: ${legRole(stretch, step.to)}`;
    case 'done':
      return '';
  }
}
