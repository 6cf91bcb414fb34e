import { catalogueFor } from '../core/i18n/catalogues';
import { EVENTS } from '../core/ipc/contract';
import type { LanguagePayload } from '../core/i18n/language';
import {
  formattingLocale,
  PSEUDO_LOCALE,
  resolveLocale,
  type LocaleCode,
} from '../core/i18n/locales';
import { createTranslator, type Translator } from '../core/i18n/translator';

export interface LanguageOptions {
  /** The Language setting: "system" or a locale code. */
  choice(): string;
  /** `app.getPreferredSystemLanguages()`: read again at each change, never cached. */
  preferred(): readonly string[];
  /** Speak the pseudo-locale whatever the setting says (UNSIT_PSEUDO_LOCALE=1, for layout checks). */
  pseudo: boolean;
}

/** The language main speaks (tray, menus, notifications, dialogs) and hands to each window. */
export interface LanguageService {
  translator(): Translator;
  /** What a window is told: the one catalogue it needs and the formatting locale. */
  payload(): LanguagePayload;
  /** The locale "System" resolves to now (the Language setting's first choice names it). */
  systemCode(): LocaleCode;
  /** Reads the setting and the system again; true when the language or its formatting changed. */
  refresh(): boolean;
}

interface Spoken {
  code: LocaleCode | typeof PSEUDO_LOCALE;
  locale: string;
}

export function createLanguageService(options: LanguageOptions): LanguageService {
  const decide = (): Spoken => {
    const preferred = options.preferred();
    if (options.pseudo) return { code: PSEUDO_LOCALE, locale: formattingLocale('en', preferred) };
    const code = resolveLocale(options.choice(), preferred);
    return { code, locale: formattingLocale(code, preferred) };
  };
  let current = decide();
  let payload: LanguagePayload = build(current);
  let translator = createTranslator(payload.locale, payload.messages);

  function build({ code, locale }: Spoken): LanguagePayload {
    return { code, locale, messages: catalogueFor(code) };
  }

  return {
    translator: () => translator,
    payload: () => payload,
    systemCode: () => resolveLocale('system', options.preferred()),
    refresh() {
      const next = decide();
      if (next.code === current.code && next.locale === current.locale) return false;
      current = next;
      payload = build(next);
      translator = createTranslator(payload.locale, payload.messages);
      return true;
    },
  };
}

/**
 * Applies newly saved settings to the language: when it changed, every open window is told at
 * once (the tray redraws right after, in the settings fan-out).
 */
export function followLanguage(
  service: Pick<LanguageService, 'refresh' | 'payload'>,
  windows: { sendToAll(channel: string, payload: unknown): void },
): { settingsChanged(): void } {
  return {
    settingsChanged() {
      if (service.refresh()) windows.sendToAll(EVENTS.languageChanged, service.payload());
    },
  };
}

/** The system's language without the settings (a failed start, before they could be read). */
export function systemTranslator(preferred: readonly string[]): Translator {
  const code = resolveLocale('system', preferred);
  return createTranslator(formattingLocale(code, preferred), catalogueFor(code));
}
