// How the dashboard words its days and durations, in the page's language.

import type { TFunction } from 'i18next';
import { formatShortDate } from '../../../domain/format.ts';
import type { Lang } from '../../../domain/languages.ts';

/** A calendar day from the API ('2026-03-05') as the page writes it; the day is UTC so no zone can shift it. */
export function dayLabel(day: string, locale: Lang): string {
  return formatShortDate(new Date(`${day}T00:00:00Z`), locale);
}

/** A median time: minutes under an hour, hours under two days, else days (one decimal), or "none" without data. */
export function duration(ms: number | null, t: TFunction, nf: Intl.NumberFormat): string {
  if (ms === null) return t('median.none');
  const minutes = ms / 60_000;
  if (minutes < 60) return t('duration.minutes', { count: Math.round(minutes) });
  const one = new Intl.NumberFormat(nf.resolvedOptions().locale, { maximumFractionDigits: 1 });
  if (minutes < 48 * 60) return t('duration.hours', { value: one.format(minutes / 60) });
  return t('duration.days', { value: one.format(minutes / 1440) });
}
