import i18next, { type i18n, type TFunction } from 'i18next';
import type { Lang } from '../domain/languages.ts';
import { NAMESPACES, resources } from './index.ts';

const instances = new Map<Lang, i18n>();

/** One synchronous i18next instance per language with every namespace inline, so server HTML and hydrated islands agree. */
export function getI18n(locale: Lang): i18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      fallbackLng: false,
      resources: resources as unknown as Record<string, Record<string, object>>,
      ns: [...NAMESPACES],
      defaultNS: 'common',
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    instances.set(locale, instance);
  }
  return instance;
}

export function getT(locale: Lang, ns: (typeof NAMESPACES)[number] = 'common'): TFunction {
  return getI18n(locale).getFixedT(locale, ns);
}
