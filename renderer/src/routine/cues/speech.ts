export interface Speaker {
  say(text: string): void;
  stop(): void;
}

/** Whether the system can read aloud: still finding out, yes, or no local voice at all. */
export type VoiceState = 'checking' | 'available' | 'none';

/** How long to wait for voices before saying there are none (they load asynchronously). */
export const VOICE_CHECK_MS = 2500;

/**
 * The voices that run on this computer. Network voices would send the words to a server, so
 * they are never used: speech stays local.
 */
export function localVoices(synth: SpeechSynthesis): SpeechSynthesisVoice[] {
  return synth.getVoices().filter((voice) => voice.localService);
}

/** An English voice if there is one (the system default first), else the default voice. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const english = voices.filter((voice) => voice.lang.toLowerCase().startsWith('en'));
  return (
    english.find((voice) => voice.default) ??
    english[0] ??
    voices.find((voice) => voice.default) ??
    voices[0] ??
    null
  );
}

export interface VoiceTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Reports whether a local voice exists, following `voiceschanged` (voices often arrive a
 * moment after the page loads). Without any after VOICE_CHECK_MS it reports 'none', and still
 * switches to 'available' if voices turn up later. Returns the function that stops watching.
 */
export function watchVoices(
  synth: SpeechSynthesis | undefined,
  report: (state: VoiceState) => void,
  timers: VoiceTimers = globalThis,
): () => void {
  if (!synth) {
    report('none');
    return () => undefined;
  }
  let timer: unknown = null;
  const check = (): boolean => {
    if (localVoices(synth).length === 0) return false;
    report('available');
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    return true;
  };
  const listener = (): void => void check();
  synth.addEventListener('voiceschanged', listener);
  if (!check()) {
    report('checking');
    timer = timers.setTimeout(() => {
      timer = null;
      if (!check()) report('none');
    }, VOICE_CHECK_MS);
  }
  return () => {
    synth.removeEventListener('voiceschanged', listener);
    if (timer !== null) timers.clearTimeout(timer);
  };
}

/** Spoken prompts through a local system voice; silent where there is none. */
export function createSpeaker(synth: SpeechSynthesis | undefined): Speaker {
  return {
    say(text) {
      if (!synth) return;
      const voice = pickVoice(localVoices(synth));
      if (!voice) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.95;
      synth.speak(utterance);
    },
    stop() {
      synth?.cancel();
    },
  };
}
