// The alert figures the dashboard shows (acknowledgement times and escalations per priority).
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reportAlerts, reports } from '../../db/schema.ts';

/** Figures for the dashboard: per priority, minutes from arrival to acknowledgement, and how many alerts escalated. */
export async function alertFigures(db: Db, queueIds: string[], since: number, until = Number.MAX_SAFE_INTEGER) {
  if (!queueIds.length)
    return {
      priorities: [] as {
        priority: string;
        alerts: number;
        acknowledged: number;
        medianAckMinutes: number | null;
        medianAckMs: number | null;
        escalated: number;
      }[],
    };
  const rows = await db
    .select({ priority: reports.priority, createdAt: reports.createdAt, ackAt: reportAlerts.acknowledgedAt, steps: reportAlerts.stepsDone })
    .from(reportAlerts)
    .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
    .where(
      and(
        inArray(reports.queueId, queueIds),
        // Review reminders are not emergencies taken up: they stay out of the acknowledgement figures.
        ne(reportAlerts.kind, 'review'),
        sql`${reportAlerts.raisedAt} >= ${since}`,
        sql`${reportAlerts.raisedAt} < ${until}`,
      ),
    );
  const by = new Map<string, { waits: number[]; alerts: number; escalated: number }>();
  for (const r of rows) {
    const b = by.get(r.priority) ?? { waits: [], alerts: 0, escalated: 0 };
    b.alerts++;
    if (r.ackAt !== null) b.waits.push(r.ackAt - r.createdAt);
    if (r.steps >= 2) b.escalated++;
    by.set(r.priority, b);
  }
  const median = (xs: number[]) => {
    if (!xs.length) return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
  };
  return {
    priorities: [...by.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([priority, b]) => {
        const m = median(b.waits);
        return {
          priority,
          alerts: b.alerts,
          acknowledged: b.waits.length,
          medianAckMinutes: m === null ? null : Math.round(m / 6000) / 10,
          medianAckMs: m,
          escalated: b.escalated,
        };
      }),
  };
}
