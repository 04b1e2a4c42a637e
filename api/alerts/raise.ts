// Raising alerts: which reports call for one now (ladder.ts `triggers`), found by a few plain queries and written
// in one transaction per tick. Climbing and delivery are the service's (service.ts).
import { and, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reportAlerts, reports } from '../../db/schema.ts';
import { HARM_REASON_PREFIXES, harmSignalIds, showsHarm } from '../triage/harm.ts';
import { type AlertKind, triggers } from './ladder.ts';

// Reports older than this are not alerted retroactively (e.g. at the first start after this feature is deployed).
const LOOKBACK_MS = 24 * 3_600_000;

// Reports whose stored reasons show harm (api/triage/harm.ts), found in SQL; showsHarm then decides. Built at the
// first tick, so importing the service does not compile the triage rules.
let harmReasonSql: SQL | undefined;
const harmReason = () =>
  (harmReasonSql ??= sql`exists (select 1 from json_each(${reports.triageReasons}) where ${sql.join(
    [
      ...HARM_REASON_PREFIXES.map((p) => sql`json_extract(value, '$.id') like ${`${p}%`}`),
      sql`json_extract(value, '$.id') in (${sql.join(
        harmSignalIds().map((id) => sql`${id}`),
        sql`, `,
      )})`,
    ],
    sql` or `,
  )})`);

export async function raiseAlerts(db: Db, now: number, deadlineMs: number): Promise<number> {
  const open = ne(reports.status, 'closed');
  const noAlert = (kind: AlertKind) =>
    sql`not exists (select 1 from ${reportAlerts} where ${reportAlerts.reportId} = ${reports.id} and ${reportAlerts.kind} = ${kind})`;
  const columns = {
    id: reports.id,
    priority: reports.priority,
    status: reports.status,
    createdAt: reports.createdAt,
    screenedAt: reports.screenedAt,
    reasons: reports.triageReasons,
  };
  // Two plain queries rather than one OR, so the unscreened one can walk the created_at index.
  const p1 = await db
    .select(columns)
    .from(reports)
    .where(and(eq(reports.priority, 'P1'), open, sql`${reports.updatedAt} >= ${now - LOOKBACK_MS}`, noAlert('p1')))
    .limit(500);
  // The text shows harm and triage did not make it P1: alerted as soon as it arrives (or a message shows it).
  // Bounded by arrival, as the unscreened one is, so it walks the created_at index, not the whole table.
  const harmed = await db
    .select(columns)
    .from(reports)
    .where(
      and(
        sql`${reports.createdAt} >= ${now - LOOKBACK_MS}`,
        ne(reports.priority, 'P1'),
        isNull(reports.screenedAt),
        open,
        noAlert('harm'),
        harmReason(),
      ),
    )
    .limit(500);
  const waiting = await db
    .select(columns)
    .from(reports)
    .where(
      and(
        sql`${reports.createdAt} between ${now - deadlineMs - LOOKBACK_MS} and ${now - deadlineMs}`,
        isNull(reports.screenedAt),
        ne(reports.priority, 'P1'),
        open,
        noAlert('unscreened'),
        noAlert('harm'),
      ),
    )
    .limit(500);
  const inserts = [...p1, ...harmed, ...waiting].flatMap((r) =>
    triggers({ ...r, harm: showsHarm(JSON.parse(r.reasons) as { id: string }[]) }, now, deadlineMs).map((kind) =>
      db.insert(reportAlerts).values({ reportId: r.id, kind, raisedAt: now }).onConflictDoNothing(),
    ),
  );
  // One transaction for all of a tick's alerts: one fsync, not one per alert (a burst of P1 reports raises many).
  if (inserts.length === 0) return 0;
  const results = await db.batch(inserts as [(typeof inserts)[number], ...typeof inserts]);
  return results.reduce((n, res) => n + res.rowsAffected, 0);
}
