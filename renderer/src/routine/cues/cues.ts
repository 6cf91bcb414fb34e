import type { Translator } from '../../../../electron/core/i18n/translator';
import type { PlanStep, Stretch } from '../../../../electron/core/routine/types';
import {
  allowedCues,
  cuesForCountdown,
  cuesForFinish,
  cuesForStep,
  soundsLength,
  type CueSet,
} from './cue-plan';
import { createSpeaker } from './speech';
import { createTonePlayer } from './tones';

export interface CueOptions {
  sound: boolean;
  voice: boolean;
  /** The plan counts a get-set after each set-up (see `StepCueOptions`). */
  getSet: boolean;
}

/** Sound and voice for the routine, honouring the user's sound and voice switches. */
export interface Cues {
  /** Call inside the Start click: the audio context is only created after a user gesture. */
  prime(): void;
  stepStarted(previous: PlanStep | null, step: PlanStep): void;
  countdown(secondsLeft: number): void;
  finished(): void;
  stop(): void;
}

/**
 * `words()` is the window's translator of the moment: each cue is worded when it plays, in the
 * language chosen then.
 */
export function createCues(
  options: CueOptions,
  stretches: readonly Stretch[],
  words: () => Translator,
): Cues {
  const tones = createTonePlayer(() => new AudioContext());
  const speaker = createSpeaker(
    options.voice ? window.speechSynthesis : undefined,
    () => words().locale,
  );
  /** Speech waiting for the tones of its cue to end; a newer cue replaces it. */
  let pendingSpeech: ReturnType<typeof setTimeout> | null = null;

  const cancelPendingSpeech = (): void => {
    if (pendingSpeech !== null) clearTimeout(pendingSpeech);
    pendingSpeech = null;
  };

  const perform = (cues: CueSet): void => {
    const allowed = allowedCues(cues, options);
    tones.play(allowed.sounds);
    const speech = allowed.speech;
    if (!speech) return;
    cancelPendingSpeech();
    const wait = Math.round(soundsLength(allowed.sounds) * 1000);
    if (wait === 0) {
      speaker.say(speech);
      return;
    }
    // The tone first, then the words: a voice over the end-of-hold or switch tone hides both.
    pendingSpeech = setTimeout(() => {
      pendingSpeech = null;
      speaker.say(speech);
    }, wait);
  };

  return {
    prime() {
      if (options.sound) tones.prime();
    },
    stepStarted(previous, step) {
      perform(cuesForStep(words().t, previous, step, stretches, { getSet: options.getSet }));
    },
    countdown(secondsLeft) {
      perform(cuesForCountdown(secondsLeft));
    },
    finished() {
      perform(cuesForFinish(words().t));
    },
    stop() {
      cancelPendingSpeech();
      speaker.stop();
      tones.close();
    },
  };
}
