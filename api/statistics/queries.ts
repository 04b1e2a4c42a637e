// The public statistics' SQL: each month's raw counts (kept on the server, never published as such), the provinces,
// and a period's figures put together from them by ./figures.ts.
import { and, asc, count, gte, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { provinces, referrals, reports } from '../../db/schema.ts';
import { PRIORITIES } from '../../domain/vocabulary.ts';
import { pktDay, rangeOfDays, slaPerformance } from '../figures/aggregates.ts';
import { assemble, lastDayOf, type MonthCounts, type Period, type Province, type PublicStatistics } from './figures.ts';

export async function monthCounts(db: Db, month: string, now = Date.now()): Promise<MonthCounts> {
  const range = rangeOfDays(`${month}-01`, lastDayOf(month));
  const inMonth = (column: typeof reports.createdAt | typeof referrals.createdAt) => and(gte(column, range.from), lt(column, range.to));
  const minutes = sql<number>`cast((${reports.firstActionAt} - ${reports.createdAt}) / 60000 as integer)`;
  const byProvince = await db
    .select({ province: reports.provinceId, n: count() })
    .from(reports)
    .where(inMonth(reports.createdAt))
    .groupBy(reports.provinceId);
  // Staff-recorded reports from their partial index; the web form's are the rest of the month.
  const recorded = await db
    .select({ channel: reports.channel, n: count() })
    .from(reports)
    .where(and(inMonth(reports.createdAt), ne(reports.channel, 'web')))
    .groupBy(reports.channel);
  const monthTotal = byProvince.reduce((n, r) => n + r.n, 0);
  const byChannel: Record<string, number> = Object.fromEntries(recorded.map((r) => [r.channel, r.n]));
  byChannel.web = monthTotal - recorded.reduce((n, r) => n + r.n, 0);
  const refs = await db
    .select({ service: referrals.service, status: referrals.status, n: count() })
    .from(referrals)
    .where(inMonth(referrals.createdAt))
    .groupBy(referrals.service, referrals.status);
  const sla = await slaPerformance(db, sql`1 = 1`, range, now);
  const delays = await db
    .select({ priority: reports.priority, minutes, n: count() })
    .from(reports)
    .where(and(inMonth(reports.createdAt), isNotNull(reports.firstActionAt)))
    .groupBy(reports.priority, minutes);
  return {
    month,
    byProvince: Object.fromEntries(byProvince.map((r) => [r.province, r.n])),
    byChannel,
    referrals: Object.fromEntries(refs.map((r) => [`${r.service}|${r.status}`, r.n])),
    sla: Object.fromEntries(
      PRIORITIES.map((p) => {
        const r = sla.find((x) => x.priority === p)!;
        return [p, { met: r.met, decided: r.met + r.missed }];
      }),
    ) as MonthCounts['sla'],
    delays: Object.fromEntries(
      PRIORITIES.map((p) => [p, delays.filter((d) => d.priority === p).map((d) => [d.minutes, d.n] as [number, number])]),
    ) as MonthCounts['delays'],
  };
}

export async function provinceList(db: Db): Promise<Province[]> {
  const provs = await db.select().from(provinces).orderBy(asc(provinces.sort), asc(provinces.id));
  return provs.map((p) => ({ id: p.id, name: Object.fromEntries(Object.entries(p.names).map(([lang, n]) => [lang, n.trim()])) }));
}

/** A period's figures; `countsOf` lets the caller keep each month's counts for the day (handlers.ts). */
export async function publicStatistics(
  db: Db,
  period: Period,
  now = Date.now(),
  countsOf: (month: string) => Promise<MonthCounts> = (m) => monthCounts(db, m, now),
): Promise<PublicStatistics> {
  const provs = await provinceList(db);
  const counts: MonthCounts[] = [];
  // One month after another: short database calls, with other requests served in between.
  for (const month of period.months) counts.push(await countsOf(month));
  return assemble(provs, counts, pktDay(now));
}
