// Locale helpers for Astro pages; strings come only from locales/.
import { LOCALES, dirOf, otherLocale, type Locale } from '../../locales/index.ts';
import { getT } from '../../locales/i18n.ts';

export { LOCALES, dirOf, otherLocale, getT, type Locale };

export function localeParams() {
  return LOCALES.map((lang) => ({ params: { lang } }));
}

/** The same page in the other language: /en/x/ ⇄ /ur/x/. */
export function alternatePath(pathname: string, to: Locale): string {
  return pathname.replace(/^\/(en|ur)(\/|$)/, `/${to}$2`);
}
