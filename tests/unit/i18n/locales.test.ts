import { describe, expect, it } from 'vitest';
import { matchLocale, resolveLocale } from '../../../electron/core/i18n/locales';
import { pseudoCatalogue, pseudoText } from '../../../electron/core/i18n/pseudo';
import { createTranslator } from '../../../electron/core/i18n/translator';

describe('choosing the language', () => {
  it('follows the first system language Unsit speaks, else English', () => {
    expect(resolveLocale('system', ['en-GB'])).toBe('en');
    expect(resolveLocale('system', ['xx-YY', 'en_US.UTF-8'])).toBe('en');
    expect(resolveLocale('system', [])).toBe('en');
    expect(resolveLocale('system', ['C'])).toBe('en');
  });

  it('uses a chosen language over the system', () => {
    expect(resolveLocale('en', ['xx'])).toBe('en');
  });

  it('ignores a choice it does not know and falls back to the system', () => {
    expect(resolveLocale('tlh', ['en-AU'])).toBe('en');
  });

  it('finds each of the ten languages from the tags systems give', () => {
    expect(resolveLocale('system', ['de-AT', 'en-US'])).toBe('de');
    expect(resolveLocale('system', ['fr_CA.UTF-8'])).toBe('fr');
    expect(resolveLocale('system', ['es-419'])).toBe('es');
    expect(resolveLocale('system', ['it-CH'])).toBe('it');
    expect(resolveLocale('system', ['pt-PT'])).toBe('pt-BR');
    expect(resolveLocale('system', ['nl-BE'])).toBe('nl');
    expect(resolveLocale('system', ['pl'])).toBe('pl');
    expect(resolveLocale('system', ['ja-JP'])).toBe('ja');
    expect(resolveLocale('system', ['zh-Hans-CN'])).toBe('zh-CN');
    expect(resolveLocale('system', ['zh-SG'])).toBe('zh-CN');
    // The first language Unsit speaks wins, not the first the system lists.
    expect(resolveLocale('system', ['sv-SE', 'nb-NO', 'pl-PL', 'de-DE'])).toBe('pl');
  });

  it('keeps a chosen language whatever the system prefers', () => {
    expect(resolveLocale('ja', ['de-DE'])).toBe('ja');
    expect(resolveLocale('pt-BR', [])).toBe('pt-BR');
  });

  it('never takes Traditional Chinese for Simplified', () => {
    expect(matchLocale('zh-Hant-TW')).toBeNull();
    expect(matchLocale('zh-TW')).toBeNull();
    expect(resolveLocale('system', ['zh-Hant-HK', 'en-GB'])).toBe('en');
  });
});

describe('the pseudo-locale', () => {
  it('accents every letter and is about 40 % longer', () => {
    const english = 'Time to stand up and stretch your hips';
    const pseudo = pseudoText(english);
    expect(pseudo).not.toMatch(/[A-Za-z]/);
    expect(pseudo.length / english.length).toBeGreaterThan(1.3);
    expect(pseudo.length / english.length).toBeLessThan(1.5);
  });

  it('keeps placeholders and plurals working', () => {
    const { t } = createTranslator(
      'en',
      pseudoCatalogue({ x: '{n, plural, one {# break} other {# breaks}} by {time}' }),
    );
    // @ts-expect-error: a key outside the English catalogue, for this test alone.
    expect(t('x', { n: 3, time: '9:00' })).toMatch(/^3 \S+ \S+ 9:00$/);
  });
});
