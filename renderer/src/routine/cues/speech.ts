export interface Speaker {
  say(text: string): void;
  stop(): void;
}

/**
 * Whether the system can read aloud in the window's language: still finding out, yes, no local
 * voice at all, or local voices but none that speaks the language.
 */
export type VoiceState = 'checking' | 'available' | 'none' | 'other-language';

/** How long to wait for voices before saying there are none (they load asynchronously). */
export const VOICE_CHECK_MS = 2500;

/**
 * The voices that run on this computer. Network voices would send the words to a server, so
 * they are never used: speech stays local.
 */
export function localVoices(synth: SpeechSynthesis): SpeechSynthesisVoice[] {
  return synth.getVoices().filter((voice) => voice.localService);
}

/** A language tag as BCP 47 writes it, lower-cased for comparing (some systems write "en_GB"). */
const normalTag = (tag: string): string => tag.replace(/_/g, '-').toLowerCase();
const languageOf = (tag: string): string => normalTag(tag).split('-')[0] ?? '';

/**
 * The voice for `locale`: one whose language tag is the same (pt-BR for pt-BR), else one of
 * the same language (a pt-PT voice for pt-BR); the system's default voice first within each.
 * Null when none speaks the language: reading German words with an English voice would be
 * worse than silence.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  locale: string,
): SpeechSynthesisVoice | null {
  const best = (list: SpeechSynthesisVoice[]) => list.find((voice) => voice.default) ?? list[0];
  const exact = voices.filter((voice) => normalTag(voice.lang) === normalTag(locale));
  const sameLanguage = voices.filter((voice) => languageOf(voice.lang) === languageOf(locale));
  return best(exact) ?? best(sameLanguage) ?? null;
}

/** The language of `locale` by its own name, "Deutsch" for de-CH: what a voice must speak. */
export function languageName(locale: string): string {
  const language = languageOf(locale);
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

export interface VoiceTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Reports whether a local voice for `locale` exists, following `voiceschanged` (voices often
 * arrive a moment after the page loads). Without one after VOICE_CHECK_MS it reports 'none'
 * (no local voice at all) or 'other-language', and still switches to 'available' if one turns
 * up later. Returns the function that stops watching.
 */
export function watchVoices(
  synth: SpeechSynthesis | undefined,
  locale: string,
  report: (state: VoiceState) => void,
  timers: VoiceTimers = globalThis,
): () => void {
  if (!synth) {
    report('none');
    return () => undefined;
  }
  let timer: unknown = null;
  const check = (): boolean => {
    if (!pickVoice(localVoices(synth), locale)) return false;
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
      if (!check()) report(localVoices(synth).length === 0 ? 'none' : 'other-language');
    }, VOICE_CHECK_MS);
  }
  return () => {
    synth.removeEventListener('voiceschanged', listener);
    if (timer !== null) timers.clearTimeout(timer);
  };
}

/**
 * Spoken prompts through a local system voice for the window's language (`locale()` is asked
 * at each prompt, so a change of language applies to the next one); silent where there is none.
 */
export function createSpeaker(synth: SpeechSynthesis | undefined, locale: () => string): Speaker {
  return {
    say(text) {
      if (!synth) return;
      const lang = locale();
      const voice = pickVoice(localVoices(synth), lang);
      if (!voice) return;
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = lang;
      utterance.rate = 0.95;
      synth.speak(utterance);
    },
    stop() {
      synth?.cancel();
    },
  };
}
