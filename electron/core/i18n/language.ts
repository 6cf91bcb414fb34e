import { isCatalogue } from './translator';

/**
 * What a window is told about the language: the catalogue it speaks (every message of one
 * locale, and nothing else), and the locale `Intl` formats numbers, dates and times for. Sent
 * on request (`getLanguage`) and pushed to every open window when the setting changes.
 */
export interface LanguagePayload {
  /** The catalogue's locale ("de"), or the pseudo-locale. */
  code: string;
  /** The formatting locale: the system's own tag when it is the same language ("de-AT"). */
  locale: string;
  messages: Record<string, string>;
}

/**
 * Checks a payload from main before a window uses it (main is trusted, a slip is not). Plain
 * code, no schema library: the routine window's bundle stays small.
 */
export function isLanguagePayload(value: unknown): value is LanguagePayload {
  if (typeof value !== 'object' || value === null) return false;
  const { code, locale, messages } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    typeof locale === 'string' &&
    /^[A-Za-z0-9-]{2,40}$/.test(code) &&
    /^[A-Za-z0-9-]{2,40}$/.test(locale) &&
    isCatalogue(messages)
  );
}
