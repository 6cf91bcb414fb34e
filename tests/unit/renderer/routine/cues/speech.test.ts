import { describe, expect, it } from 'vitest';
import { languageName, pickVoice } from '../../../../../renderer/src/routine/cues/speech';

const voice = (lang: string, isDefault = false) =>
  ({ lang, name: lang, default: isDefault, localService: true }) as SpeechSynthesisVoice;

describe('choosing a voice for the window language', () => {
  const voices = [voice('en-US', true), voice('pt-PT'), voice('pt-BR'), voice('de_DE')];

  it('takes the exact tag first, then the same language, never another language', () => {
    expect(pickVoice(voices, 'pt-BR')?.lang).toBe('pt-BR');
    expect(pickVoice(voices, 'en-GB')?.lang).toBe('en-US');
    // Some systems write tags with an underscore, and in any case.
    expect(pickVoice(voices, 'de-AT')?.lang).toBe('de_DE');
    expect(pickVoice(voices, 'DE-de')?.lang).toBe('de_DE');
    expect(pickVoice(voices, 'ja')).toBeNull();
    expect(pickVoice([], 'en')).toBeNull();
  });

  it("prefers the system's default voice among equals", () => {
    const two = [voice('fr-FR'), voice('fr-FR', true)];
    expect(pickVoice(two, 'fr-FR')).toBe(two[1]);
    expect(pickVoice([voice('fr-CA'), voice('fr-FR', true)], 'fr-BE')?.lang).toBe('fr-FR');
  });

  it('names the language in itself, without its region', () => {
    expect(languageName('de-AT')).toBe('Deutsch');
    expect(languageName('ja')).toBe('日本語');
    expect(languageName('fr-CA')).toBe('français');
  });
});
