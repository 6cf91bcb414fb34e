import type english from './messages/en.json';
import { formatParts, parseMessage, type MessageParams } from './message-format';

/** Every message's key; the English catalogue is the source of the list. */
export type MessageKey = keyof typeof english;

/** One locale's messages: every key, in ICU MessageFormat. */
export type Catalogue = Record<MessageKey, string>;

/**
 * Puts a message into words. The core's text functions take one as a parameter (pure: it is a
 * function of the catalogue alone), and main and each window make one for the chosen locale.
 */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A translator with the locale it speaks, for `Intl` formatting beside the messages. */
export interface Translator {
  locale: string;
  t: Translate;
}

/**
 * A translator over one catalogue. Messages are parsed once, on first use. A key the catalogue
 * lacks (possible only for a catalogue not yet listed in LOCALES) reads as the key itself,
 * so a gap is visible rather than blank.
 */
export function createTranslator(
  locale: string,
  catalogue: Readonly<Record<string, string>>,
): Translator {
  const parsed = new Map<string, ReturnType<typeof parseMessage>>();
  const t: Translate = (key, params = {}) => {
    let parts = parsed.get(key);
    if (!parts) {
      const source = catalogue[key];
      if (source === undefined) return key;
      parts = parseMessage(source);
      parsed.set(key, parts);
    }
    return formatParts(parts, params, locale);
  };
  return { locale, t };
}

/** Checks that a value read from outside (a file, IPC) is a catalogue of strings. */
export function isCatalogue(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((message) => typeof message === 'string')
  );
}
