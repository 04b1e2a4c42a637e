// One source of UI strings for Astro pages, React islands and the API, for every language of the registry
// (domain/languages.ts, which alone names the language code: Lang, LANGS, isLang, langDir). Each language's folder lists its namespaces in its index.ts; a namespace added here
// is added to every folder (tests/site/locale-parity.test.ts compares every language with English).
import type { Lang } from '../domain/languages.ts';
import en from './en/index.ts';
import ps from './ps/index.ts';
import ur from './ur/index.ts';

export const NAMESPACES = ['common', 'report', 'staff', 'api', 'content', 'dashboard', 'statistics'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** English's shape is every language's shape (the parity test holds them to it). */
type Strings = typeof en;

// `satisfies Record<Lang, …>`: registering a language without its folder (or the reverse) fails the type check.
export const resources = { en, ur, ps } as const satisfies Record<Lang, Strings>;
