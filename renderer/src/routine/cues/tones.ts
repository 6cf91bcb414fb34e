import { SOUND_GAP_SECONDS, SOUND_NOTES, type Sound } from './cue-plan';

export interface TonePlayer {
  /** Creates the audio context; call from a user gesture so the browser lets it play. */
  prime(): void;
  /** Plays sounds one after another, each starting when the previous one's notes are done. */
  play(sounds: readonly Sound[]): void;
  close(): void;
}

/** Web Audio tones with soft attack and release; no audio files are involved. */
export function createTonePlayer(makeContext: () => AudioContext): TonePlayer {
  let context: AudioContext | null = null;

  const playNotes = (ctx: AudioContext, sound: Sound, startAt: number): number => {
    let end = startAt;
    for (const note of SOUND_NOTES[sound]) {
      const begin = startAt + note.at;
      const stop = begin + note.duration;
      const oscillator = ctx.createOscillator();
      const envelope = ctx.createGain();
      oscillator.type = note.wave;
      oscillator.frequency.value = note.frequency;
      envelope.gain.setValueAtTime(0, begin);
      envelope.gain.linearRampToValueAtTime(note.gain, begin + Math.min(0.03, note.duration / 3));
      envelope.gain.exponentialRampToValueAtTime(0.0001, stop);
      oscillator.connect(envelope).connect(ctx.destination);
      oscillator.start(begin);
      oscillator.stop(stop + 0.02);
      end = Math.max(end, stop);
    }
    return end;
  };

  return {
    prime() {
      if (context) return;
      try {
        context = makeContext();
      } catch {
        context = null; // No audio device: the routine simply plays silently.
      }
    },
    play(sounds) {
      const ctx = context;
      if (!ctx || sounds.length === 0) return;
      if (ctx.state === 'suspended') void ctx.resume();
      let at = ctx.currentTime + 0.01;
      for (const sound of sounds) at = playNotes(ctx, sound, at) + SOUND_GAP_SECONDS;
    },
    close() {
      void context?.close();
      context = null;
    },
  };
}
