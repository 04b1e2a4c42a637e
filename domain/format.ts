// Dates and numbers, formatted once for every language of the registry: Latin digits everywhere, times in
// Pakistan time (the Child Protection Units' clock, whatever the server's or the phone's zone), calendar days
// (guidance "last reviewed", dashboard ranges) in UTC so a date never shifts by the reader's zone.
import { DEFAULT_LANG, type Lang, language } from './languages.ts';
import { PAKISTAN_TIME_ZONE } from './pakistan-time.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const known = cache.get(key) as T | undefined;
  if (known) return known;
  const made = make();
  cache.set(key, made);
  return made;
}

export function intlLocale(lang: Lang): string {
  return language(lang).intl;
}

/** A moment, to the minute, in Pakistan time: "5 Mar 2026, 15:00", "5 مارچ، 2026، 3:00 دوپہر". */
export function formatDateTime(iso: string | Date, lang: Lang): string {
  // The time of day in words of the page's language where its clock is 12-hour: CLDR's Urdu "AM" is Latin, which
  // the bidirectional algorithm moves before the digits on a right-to-left page ("AM 6:18").
  const options = { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', dayPeriod: 'short' } as const;
  return cached(`dt:${lang}`, () =>
    // A browser without the language's data (Chromium ships none for Pashto, yet claims ps-PK) would write "2026 M12
    // 7 3:08 AM": then numbers only, day/month/year and a 24-hour clock, which need no words.
    Intl.DateTimeFormat.supportedLocalesOf(lang).length
      ? new Intl.DateTimeFormat(intlLocale(lang), { ...options, timeZone: PAKISTAN_TIME_ZONE })
      : new Intl.DateTimeFormat(intlLocale(DEFAULT_LANG), { dateStyle: 'short', timeStyle: 'short', timeZone: PAKISTAN_TIME_ZONE }),
  ).format(new Date(iso));
}

/** A calendar day, month spelled out: "5 March 2026". */
export function formatLongDate(date: string | Date, lang: Lang): string {
  return cached(
    `ld:${lang}`,
    () => new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(date));
}

/** A calendar day, month abbreviated: "5 Mar 2026". */
export function formatShortDate(date: string | Date, lang: Lang): string {
  return cached(
    `sd:${lang}`,
    () => new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(new Date(date));
}

export function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n:${lang}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(language(lang).numbers ?? intlLocale(lang), options));
}

export function formatNumber(n: number, lang: Lang): string {
  return numberFormat(lang).format(n);
}

/** 0.42 → "42%". */
export function formatPercent(fraction: number, lang: Lang, maximumFractionDigits = 0): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits }).format(fraction);
}
