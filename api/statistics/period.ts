// The period a reader asks for (from/to, as typed in the page's form or the API's query), checked in their language.
import type { Lang } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import { MAX_MONTHS, type Period, periodOf } from './figures.ts';

const isDay = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

export type PeriodCheck = { period: Period } | { errors: Partial<Record<'from' | 'to', string>> };

/** The period asked for, or a message per field in the reader's language. An empty field means "not given". */
export function checkPeriod(query: { from?: string; to?: string }, locale: Lang, now = Date.now()): PeriodCheck {
  const t = getT(locale, 'statistics');
  const from = query.from?.trim() || undefined;
  const to = query.to?.trim() || undefined;
  const errors: Partial<Record<'from' | 'to', string>> = {};
  if (from !== undefined && !isDay(from)) errors.from = t('filter.invalidDate');
  if (to !== undefined && !isDay(to)) errors.to = t('filter.invalidDate');
  if (!errors.from && !errors.to && from && to && from > to) errors.from = t('filter.order');
  if (errors.from || errors.to) return { errors };
  const period = periodOf(from, to, now);
  // Counted after the month in progress is left out, so "from" alone, long ago, is refused as well.
  if (period.months.length > MAX_MONTHS) return { errors: { from: t('filter.tooLong', { max: MAX_MONTHS }) } };
  return { period };
}
