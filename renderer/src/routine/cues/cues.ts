import type { PlanStep, Stretch } from '../../../../electron/core/routine/types';
import { allowedCues, cuesForCountdown, cuesForFinish, cuesForStep, type CueSet } from './cue-plan';
import { createSpeaker } from './speech';
import { createTonePlayer } from './tones';

export interface CueOptions {
  sound: boolean;
  voice: boolean;
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

export function createCues(options: CueOptions, stretches: readonly Stretch[]): Cues {
  const tones = createTonePlayer(() => new AudioContext());
  const speaker = createSpeaker(options.voice ? window.speechSynthesis : undefined);

  const perform = (cues: CueSet): void => {
    const allowed = allowedCues(cues, options);
    tones.play(allowed.sounds);
    if (allowed.speech) speaker.say(allowed.speech);
  };

  return {
    prime() {
      if (options.sound) tones.prime();
    },
    stepStarted(previous, step) {
      perform(cuesForStep(previous, step, stretches));
    },
    countdown(secondsLeft) {
      perform(cuesForCountdown(secondsLeft));
    },
    finished() {
      perform(cuesForFinish());
    },
    stop() {
      speaker.stop();
      tones.close();
    },
  };
}
