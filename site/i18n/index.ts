// Locale helpers for Astro pages; strings come only from locales/, languages only from domain/languages.ts.
import { LANGS, STAFF_LANGS } from '../../domain/languages.ts';

export { getT } from '../../locales/i18n.ts';

export function localeParams() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

/** The staff console's pages exist only in the languages it is offered in (the registry's `staffConsole`). */
export function staffLocaleParams() {
  return STAFF_LANGS.map((lang) => ({ params: { lang } }));
}
