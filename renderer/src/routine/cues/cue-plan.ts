import type { Translate } from '../../../../electron/core/i18n/translator';
import { stretchWords } from '../../../../electron/core/routine/stretch-words';
import type { HoldStep, PlanStep, Stretch } from '../../../../electron/core/routine/types';
import { legRole, stretchTitle } from '../announcements';
import { wholeSecondsLeft } from '../playback/time-format';

/** The sounds the player can make; each is synthesised, no audio files are shipped. */
export type Sound = 'hold-start' | 'hold-end' | 'tick' | 'switch' | 'done';

/** What to play and say at one moment of the routine. */
export interface CueSet {
  sounds: Sound[];
  speech: string | null;
}

/** One synthesised note, `at` seconds after the cue starts. */
export interface Note {
  at: number;
  frequency: number;
  duration: number;
  /** Peak loudness, 0..1, kept low so the cues stay gentle. */
  gain: number;
  wave: 'sine' | 'triangle';
}

export const SOUND_NOTES: Readonly<Record<Sound, readonly Note[]>> = {
  'hold-start': [{ at: 0, frequency: 523.25, duration: 0.6, gain: 0.18, wave: 'sine' }],
  'hold-end': [{ at: 0, frequency: 392, duration: 0.7, gain: 0.16, wave: 'sine' }],
  tick: [{ at: 0, frequency: 880, duration: 0.07, gain: 0.08, wave: 'triangle' }],
  // Two rising notes, so a leg switch never sounds like the start or end of a hold.
  switch: [
    { at: 0, frequency: 440, duration: 0.22, gain: 0.15, wave: 'triangle' },
    { at: 0.22, frequency: 659.25, duration: 0.35, gain: 0.15, wave: 'triangle' },
  ],
  done: [
    { at: 0, frequency: 523.25, duration: 0.4, gain: 0.14, wave: 'sine' },
    { at: 0.18, frequency: 659.25, duration: 0.4, gain: 0.14, wave: 'sine' },
    { at: 0.36, frequency: 783.99, duration: 0.8, gain: 0.14, wave: 'sine' },
  ],
};

const NONE: CueSet = { sounds: [], speech: null };

/** The pause between two sounds of one cue. */
export const SOUND_GAP_SECONDS = 0.12;

/**
 * Seconds from the start of a cue until its last sound has died away, as the tone player lays
 * them out one after another: speech waits this long, so it never talks over a tone.
 */
export function soundsLength(sounds: readonly Sound[]): number {
  let at = 0;
  for (const sound of sounds) {
    const end = Math.max(...SOUND_NOTES[sound].map((note) => note.at + note.duration));
    at += end + SOUND_GAP_SECONDS;
  }
  return at;
}

export interface StepCueOptions {
  /**
   * Set-ups are followed by a get-set count, which says the set-up's safety line as the person
   * moves into position; without one, the set-up says it.
   */
  getSet: boolean;
}

/** The first hold of a stretch gets its length said in full; later ones a shorter line. */
function firstHoldOfStretch(step: HoldStep): boolean {
  return step.cycle === 1 && step.side !== 'right';
}

/**
 * Cues for entering `step`, given the step that was playing before it (null at the start).
 * The voice speaks once per step at most, and only what someone on the mat needs: the stretch
 * and what each leg does at a set-up, "Get into position" and the safety line at the get-set
 * count, the hold's length (said in full for a stretch's first hold only) and its key cue, the
 * leg coming next at a switch. It never counts seconds.
 */
export function cuesForStep(
  t: Translate,
  previous: PlanStep | null,
  step: PlanStep,
  stretches: readonly Stretch[],
  options: StepCueOptions = { getSet: false },
): CueSet {
  const afterHold = previous?.kind === 'hold' ? (['hold-end'] as Sound[]) : [];
  if (step.kind === 'done') return NONE;
  const stretch = stretches.find((s) => s.id === step.stretchId) ?? null;
  const words = stretch ? stretchWords(t, stretch) : null;
  const safety = words?.safety ?? '';
  // A message whose last part is empty (no stretch to name) ends in a space: trimmed.
  const say = (text: string): string => text.trim();
  switch (step.kind) {
    case 'setup': {
      const role = { name: stretchTitle(t, stretch), legs: legRole(t, stretch, step.side) };
      return {
        sounds: afterHold,
        speech: say(
          options.getSet ? t('cue.setup', role) : t('cue.setupSafety', { ...role, safety }),
        ),
      };
    }
    case 'get-set':
      return { sounds: afterHold, speech: say(t('cue.getSet', { safety })) };
    case 'hold': {
      const keyCue = words?.keyCue ?? '';
      const speech = firstHoldOfStretch(step)
        ? t('cue.holdFirst', { seconds: wholeSecondsLeft(step.durationMs), keyCue })
        : t('cue.hold', { keyCue });
      return { sounds: ['hold-start'], speech: say(speech) };
    }
    case 'switch':
      return {
        sounds: [...afterHold, 'switch'],
        speech: say(t('cue.switch', { side: step.to, legs: legRole(t, stretch, step.to) })),
      };
  }
}

/** Cues for the last seconds of a hold. */
export function cuesForCountdown(secondsLeft: number): CueSet {
  return secondsLeft >= 1 && secondsLeft <= 3 ? { sounds: ['tick'], speech: null } : NONE;
}

/** Cues when the routine ran to its end. */
export function cuesForFinish(t: Translate): CueSet {
  return { sounds: ['done'], speech: t('cue.finish') };
}

/** Removes what the user switched off. */
export function allowedCues(cues: CueSet, options: { sound: boolean; voice: boolean }): CueSet {
  return {
    sounds: options.sound ? cues.sounds : [],
    speech: options.voice ? cues.speech : null,
  };
}
