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

  it('never takes Traditional Chinese for Simplified', () => {
    expect(matchLocale('zh-Hant-TW')).toBeNull();
    expect(matchLocale('zh-TW')).toBeNull();
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
