/**
 * The languages Unsit speaks, and which one a person gets. A locale is listed here only once
 * its catalogue is complete (tests/unit/i18n/catalogues.test.ts checks every listed one), so a
 * window never needs a second catalogue to fall back on.
 */

/** Each locale's code (BCP 47) and its name in its own language, as the Language menu lists it. */
export const LOCALES = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  'pt-BR': 'Português (Brasil)',
  nl: 'Nederlands',
  pl: 'Polski',
  ja: '日本語',
  'zh-CN': '简体中文',
} as const;

export type LocaleCode = keyof typeof LOCALES;
export const LOCALE_CODES = Object.keys(LOCALES) as LocaleCode[];

/** English is the source language and the fallback when nothing the system prefers is ours. */
export const SOURCE_LOCALE: LocaleCode = 'en';

/**
 * The pseudo-locale (accented, about 40 % longer) used by the layout tests and by anyone who
 * wants to see what a longer language does to a window. Never offered in the Language setting.
 */
export const PSEUDO_LOCALE = 'en-XA';

/** What the Language setting holds: follow the system, or one locale. */
export type LanguageChoice = 'system' | LocaleCode;

/** The locale to use, by the setting and the system's preferred languages (most preferred first). */
export function resolveLocale(choice: string, preferred: readonly string[]): LocaleCode {
  if (choice !== 'system' && isLocaleCode(choice)) return choice;
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return SOURCE_LOCALE;
}

export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/**
 * Our locale for one system language tag ("de-AT", "pt_BR", "zh-Hans-CN", "fr"): the exact
 * code, else the same language (Chinese by script or region: Simplified only), else none.
 */
export function matchLocale(tag: string): LocaleCode | null {
  const clean = tag.trim().replace(/_/g, '-').replace(/\..*$/, '');
  if (!clean || clean === 'C' || clean === 'POSIX') return null;
  const lower = clean.toLowerCase();
  const exact = LOCALE_CODES.find((code) => code.toLowerCase() === lower);
  if (exact) return exact;
  const [language, ...rest] = lower.split('-');
  if (language === 'zh') {
    const traditional = rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part));
    if (traditional) return null;
  }
  return LOCALE_CODES.find((code) => code.toLowerCase().split('-')[0] === language) ?? null;
}

/**
 * The locale `Intl` formats for: the first system language of the same language as the
 * catalogue ("en-GB" for English, so clocks run to 24 h), else the catalogue's own code.
 */
export function formattingLocale(code: string, preferred: readonly string[]): string {
  const language = code.split('-')[0]?.toLowerCase();
  for (const tag of preferred) {
    const clean = tag.trim().replace(/_/g, '-').replace(/\..*$/, '');
    if (clean.split('-')[0]?.toLowerCase() !== language) continue;
    try {
      return Intl.getCanonicalLocales(clean)[0] ?? code;
    } catch {
      // Not a well-formed tag ("en-US@euro"): look further.
    }
  }
  return code;
}
