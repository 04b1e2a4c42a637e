// React islands get the same i18next setup as the pages, with only the namespaces they need
// passed in as props (so the island bundle carries no strings of its own).

import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../domain/languages.ts';

export type IslandStrings = Record<string, object>;

export function createIslandI18n(locale: Lang, strings: IslandStrings): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    fallbackLng: false,
    resources: { [locale]: strings },
    ns: Object.keys(strings),
    defaultNS: Object.keys(strings)[0],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
