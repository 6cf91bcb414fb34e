import type { Page } from '@playwright/test';

export interface Spoken {
  /** Page time (ms since the clock was installed) when it was said. */
  at: number;
  text: string;
  /** The utterance's language, and the language of the voice that said it. */
  lang: string;
  voiceLang: string;
}

/**
 * Replaces the page's speech synthesis before it loads: a local English voice, no voice at
 * all, only a network voice (which Unsit must not use), or local voices of the languages
 * listed (`['fr-FR', 'de-AT']`; the first is the system's default). Every utterance is
 * recorded with the page clock's time; speaking with a voice the system does not offer as
 * local throws. `addVoices()` later stands for voices that load late.
 */
export async function installFakeSpeech(
  page: Page,
  voices: 'local' | 'none' | 'remote' | readonly string[] = 'local',
): Promise<void> {
  await page.addInitScript((kind: string | readonly string[]) => {
    const voice = (lang: string, index: number) => ({
      name: `Local ${lang}`,
      lang,
      localService: true,
      default: index === 0,
      voiceURI: `l-${lang}`,
    });
    const local = voice('en-GB', 0);
    const remote = { ...local, name: 'Online', localService: false, voiceURI: 'r' };
    let available: { lang: string; localService: boolean }[] =
      kind === 'local'
        ? [local]
        : kind === 'remote'
          ? [remote]
          : kind === 'none'
            ? []
            : (kind as string[]).map(voice);
    const spoken: { at: number; text: string; lang: string; voiceLang: string }[] = [];
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => available,
      speak: (utterance: { text: string; lang: string; voice: { lang: string } | null }) => {
        const offered = available.find((v) => v === utterance.voice && v.localService);
        if (!offered) throw new Error('spoke without a local voice');
        spoken.push({
          at: Date.now(),
          text: utterance.text,
          lang: utterance.lang,
          voiceLang: offered.lang,
        });
      },
      cancel: () => undefined,
    });
    const w = window as unknown as Record<string, unknown>;
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    w.SpeechSynthesisUtterance = class {
      voice: unknown = null;
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    };
    w.__spoken = spoken;
    w.__addVoices = () => {
      available = [...available, local];
      synth.dispatchEvent(new Event('voiceschanged'));
    };
  }, voices);
}

export async function spoken(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { __spoken: Spoken[] }).__spoken);
}

export async function addVoices(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __addVoices: () => void }).__addVoices());
}
