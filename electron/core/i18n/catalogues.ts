import english from './messages/en.json' with { type: 'json' };
import { LOCALES, PSEUDO_LOCALE, SOURCE_LOCALE, type LocaleCode } from './locales';
import { pseudoCatalogue } from './pseudo';
import type { Catalogue } from './translator';

/**
 * Every catalogue, for the main process, which hands the chosen one to each window (windows
 * never import this module: only the chosen language is ever loaded into a page). Add a
 * locale's JSON file here when it is listed in LOCALES.
 */
const CATALOGUES: Record<LocaleCode, Catalogue> = {
  en: english,
};

/** The catalogue of a locale, or of the pseudo-locale (made from English on the fly). */
export function catalogueFor(code: LocaleCode | typeof PSEUDO_LOCALE): Catalogue {
  if (code === PSEUDO_LOCALE) return pseudoCatalogue(english) as Catalogue;
  return CATALOGUES[code];
}

/** The English catalogue, the source every other is compared with. */
export const sourceCatalogue = (): Catalogue => CATALOGUES[SOURCE_LOCALE];

export const localeNames = (): Readonly<Record<LocaleCode, string>> => LOCALES;
