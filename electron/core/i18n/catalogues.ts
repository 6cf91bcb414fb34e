import english from './messages/en.json' with { type: 'json' };
import german from './messages/de.json' with { type: 'json' };
import french from './messages/fr.json' with { type: 'json' };
import spanish from './messages/es.json' with { type: 'json' };
import italian from './messages/it.json' with { type: 'json' };
import portuguese from './messages/pt-BR.json' with { type: 'json' };
import dutch from './messages/nl.json' with { type: 'json' };
import polish from './messages/pl.json' with { type: 'json' };
import japanese from './messages/ja.json' with { type: 'json' };
import chinese from './messages/zh-CN.json' with { type: 'json' };
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
  de: german,
  fr: french,
  es: spanish,
  it: italian,
  'pt-BR': portuguese,
  nl: dutch,
  pl: polish,
  ja: japanese,
  'zh-CN': chinese,
};

/** The catalogue of a locale, or of the pseudo-locale (made from English on the fly). */
export function catalogueFor(code: LocaleCode | typeof PSEUDO_LOCALE): Catalogue {
  if (code === PSEUDO_LOCALE) return pseudoCatalogue(english) as Catalogue;
  return CATALOGUES[code];
}

/** The English catalogue, the source every other is compared with. */
export const sourceCatalogue = (): Catalogue => CATALOGUES[SOURCE_LOCALE];

export const localeNames = (): Readonly<Record<LocaleCode, string>> => LOCALES;
