// The language registry: every difference between the site's languages is declared here, once. Pages, islands,
// the API, the database and the tests iterate over LANGS; no other source file names a language code (a test,
// domain/languages.test.ts, fails if one does). Modelled on Starlight's `locales` configuration, where a language
// is configuration and its direction comes from the locale.
//
// Adding a language (Pashto, `ps`, was the third) is: one entry below, locales/<code>/*.json, content/<code>/*.md,
// its font in site/i18n/fonts.ts (keyed by `font`), its names in the data files' maps, and its triage terms.

/** The face a language's pages load; absent means the system face (Latin script). */
export type FontKey = 'nastaliq' | 'naskh';

/** Which letter rules a language's strings must follow (tests/site/*-codepoints.test.ts reads them by id). */
export type CodePointRules = 'urdu' | 'pashto';

export interface LanguageInfo {
  /** BCP 47 code: the URL segment, `<html lang>`, the locales/ and content/ folder, the `reports.locale` value. */
  readonly code: string;
  /** The language's own name for itself, shown in the language switch. */
  readonly nativeName: string;
  readonly englishName: string;
  readonly dir: 'ltr' | 'rtl';
  readonly font?: FontKey;
  /** Intl locale for dates and numbers. Digits stay Latin (0–9) in every language, as people in Pakistan write
   *  phone numbers and dates; the Gregorian calendar is forced so no locale default (e.g. ps-AF's) changes it. */
  readonly intl: string;
  /** Intl locale for numbers where it must differ from `intl` (grouping and decimal marks as read in Pakistan). */
  readonly numbers?: string;
  /** Pagefind's language for stemming and for splitting its index per language. */
  readonly pagefind: string;
  /** The staff console is offered in this language (the console says which languages it has). */
  readonly staffConsole: boolean;
  readonly codePoints?: CodePointRules;
  readonly hreflang: string;
  /** The comma that joins a list of names ("District, Province"). */
  readonly comma: string;
  /** Accept-Language primary subtags that select this language for API error messages. */
  readonly acceptLanguage: readonly string[];
  /** Where "Exit this page" goes (site/scripts/exit-destination.ts says why): a neutral page in this language. */
  readonly exitPage: string;
  /**
   * The espeak-ng voice that records the form's child wording (site/audio/make-clips.ts); `spelling` rewrites the
   * text first where espeak-ng has no voice of the language's own.
   */
  readonly recording: { readonly voice: string; readonly spelling?: 'pashto-for-urdu-voice' };
}

/** The registry, in the order the language switch lists it. The first is the default. */
export const LANGUAGES = [
  {
    code: 'en',
    nativeName: 'English',
    englishName: 'English',
    dir: 'ltr',
    intl: 'en-GB-u-nu-latn-ca-gregory',
    pagefind: 'en',
    staffConsole: true,
    hreflang: 'en',
    comma: ', ',
    acceptLanguage: ['en'],
    exitPage: 'https://en.m.wikipedia.org/wiki/Cricket',
    recording: { voice: 'en-gb' },
  },
  {
    code: 'ur',
    nativeName: 'اردو',
    englishName: 'Urdu',
    dir: 'rtl',
    font: 'nastaliq',
    intl: 'ur-PK-u-nu-latn-ca-gregory',
    pagefind: 'ur',
    staffConsole: true,
    codePoints: 'urdu',
    hreflang: 'ur',
    comma: '، ',
    acceptLanguage: ['ur'],
    exitPage: 'https://ur.m.wikipedia.org/wiki/%DA%A9%D8%B1%DA%A9%D9%B9', // کرکٹ
    recording: { voice: 'ur' },
  },
  {
    code: 'ps',
    nativeName: 'پښتو',
    englishName: 'Pashto',
    dir: 'rtl',
    font: 'naskh',
    // Pakistan's Pashto (ps-PK), not Afghanistan's defaults: Latin digits and the Gregorian calendar as above.
    intl: 'ps-PK-u-nu-latn-ca-gregory',
    // CLDR's Pashto groups thousands with '.' and marks decimals with ',' (Afghan usage: 12.345,6); in Pakistan
    // numbers are written 12,345.6 in every language, so numbers use Pakistan's Urdu marks with Latin digits.
    numbers: 'ur-PK-u-nu-latn',
    pagefind: 'ps',
    staffConsole: false,
    codePoints: 'pashto',
    hreflang: 'ps',
    comma: '، ',
    acceptLanguage: ['ps'],
    // Pashto Wikipedia's front page: whether it has a cricket article under a stable title was not checked here.
    exitPage: 'https://ps.m.wikipedia.org/',
    // espeak-ng has no Pashto voice: its Urdu voice reads the text spelt in the Urdu letters nearest Peshawar's sounds.
    recording: { voice: 'ur', spelling: 'pashto-for-urdu-voice' },
  },
] as const satisfies readonly LanguageInfo[];

export type Lang = (typeof LANGUAGES)[number]['code'];

export const LANGS: readonly [Lang, ...Lang[]] = LANGUAGES.map((l) => l.code) as unknown as [Lang, ...Lang[]];

export const DEFAULT_LANG: Lang = LANGS[0];

/** Languages the staff console is offered in. */
export const STAFF_LANGS: readonly Lang[] = LANGUAGES.filter((l) => l.staffConsole).map((l) => l.code);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function language(lang: Lang): LanguageInfo {
  return LANGUAGES.find((l) => l.code === lang)!;
}

export function langDir(lang: Lang): 'ltr' | 'rtl' {
  return language(lang).dir;
}

/** Every language but this one, in registry order (the language switch, hreflang alternates). */
export function otherLangs(lang: Lang): Lang[] {
  return LANGS.filter((l) => l !== lang);
}

/** Languages whose strings follow the given code-point rules. */
export function langsWithCodePoints(rules: CodePointRules): Lang[] {
  return LANGUAGES.filter((l: LanguageInfo) => l.codePoints === rules).map((l) => l.code as Lang);
}

/** A value for every language, built by calling `f` for each (for maps such as `names`). */
export function perLang<T>(f: (lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>;
}

/** The language an Accept-Language header asks for first, among the registry's; undefined if none. */
export function langFromAcceptLanguage(header: string): Lang | undefined {
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    const primary = tag.split('-')[0]!;
    const found = LANGUAGES.find((l: LanguageInfo) => l.acceptLanguage.includes(primary));
    if (found) return found.code;
  }
  return undefined;
}

/** `/en/x/` → `/ur/x/`: the same page in another language (paths outside a language folder are left alone). */
export function pathInLang(pathname: string, to: Lang): string {
  const [, first, ...rest] = pathname.split('/');
  return isLang(first) ? ['', to, ...rest].join('/') : pathname;
}
