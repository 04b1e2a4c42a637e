// Locale helpers for Astro pages; strings come only from locales/, languages only from domain/languages.ts.

import { pathInLang, STAFF_LANGS } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import { dirOf, LOCALES, type Locale, otherLocales } from '../../locales/index.ts';

export { dirOf, getT, LOCALES, type Locale, otherLocales };

export function localeParams() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** The staff console's pages exist only in the languages it is offered in (the registry's `staffConsole`). */
export function staffLocaleParams() {
  return STAFF_LANGS.map((lang) => ({ params: { lang } }));
}

/** The same page in another language: /<lang>/x/ → /<to>/x/. */
export function alternatePath(pathname: string, to: Locale): string {
  return pathInLang(pathname, to);
}
