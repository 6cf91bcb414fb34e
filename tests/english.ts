import { catalogueFor } from '../electron/core/i18n/catalogues';
import { createTranslator, type Translator } from '../electron/core/i18n/translator';

/** English as main speaks it, with times formatted for `locale` (24 h for en-GB, 12 h for en-US). */
export const englishIn = (locale: string): Translator =>
  createTranslator(locale, catalogueFor('en'));

/** English with British times, the tests' usual language. */
export const english = englishIn('en-GB');

/** English words, for the core's text functions that take a `Translate`. */
export const t = english.t;
