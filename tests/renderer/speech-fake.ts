import type { Page } from '@playwright/test';

export interface Spoken {
  /** Page time (ms since the clock was installed) when it was said. */
  at: number;
  text: string;
}

/**
 * Replaces the page's speech synthesis before it loads: a local English voice, no voice at
 * all, or only a network voice (which Unsit must not use). Every utterance is recorded with
 * the page clock's time. `addVoices()` later stands for voices that load late.
 */
export async function installFakeSpeech(
  page: Page,
  voices: 'local' | 'none' | 'remote' = 'local',
): Promise<void> {
  await page.addInitScript((kind: string) => {
    const local = {
      name: 'Local',
      lang: 'en-GB',
      localService: true,
      default: true,
      voiceURI: 'l',
    };
    const remote = { ...local, name: 'Online', localService: false, voiceURI: 'r' };
    let available = kind === 'local' ? [local] : kind === 'remote' ? [remote] : [];
    const spoken: { at: number; text: string }[] = [];
    const synth = Object.assign(new EventTarget(), {
      getVoices: () => available,
      speak: (utterance: { text: string; voice: unknown }) => {
        if (utterance.voice !== local) throw new Error('spoke without the local voice');
        spoken.push({ at: Date.now(), text: utterance.text });
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
      available = [local];
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
