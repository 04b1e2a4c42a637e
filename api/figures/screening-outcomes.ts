// Time to screening per triage outcome (domain/vocabulary.ts SCREENING_OUTCOMES): how long reports that triage raised
// by the learned signal or the concepts, that were alerted for harm, or whose priority the screener changed or kept,
// waited for a person. No roll-up holds the outcome (it is in the stored reasons, the alerts and the screening
// events), so this reads the range's screened reports through the screening-wait index: one pass, waits sorted in JS.
import { and, gte, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reportAlerts, reportEvents, reports } from '../../db/schema.ts';
import { SCREENING_OUTCOMES } from '../../domain/vocabulary.ts';
import { p90Rank } from './waits.ts';

export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];
export interface OutcomeFigures {
  outcome: ScreeningOutcome;
  screened: number;
  medianMs: number | null;
  p90Ms: number | null;
}

/** Median (mean of the two middle values) and nearest-rank 90th percentile of sorted waits, as the priority figures. */
export function spread(sorted: readonly number[]): { medianMs: number | null; p90Ms: number | null } {
  const n = sorted.length;
  if (n === 0) return { medianMs: null, p90Ms: null };
  return { medianMs: Math.round((sorted[Math.floor((n - 1) / 2)]! + sorted[Math.floor(n / 2)]!) / 2), p90Ms: sorted[p90Rank(n)]! };
}

export async function screeningByOutcome(db: Db, scope: SQL, range: { from: number; to: number }): Promise<OutcomeFigures[]> {
  const where = and(scope, isNotNull(reports.screenedAt), gte(reports.createdAt, range.from), lt(reports.createdAt, range.to));
  // The reasons are stored as JSON objects whose first key is the id (api/triage/triage.ts TriageReason).
  const rows = await db.all<{ wait: number; model: number; concept: number; harm: number; changed: number }>(sql`
    select ${reports.screenedAt} - ${reports.createdAt} as wait,
      ${reports.triageReasons} like '%"id":"model:%' as model,
      ${reports.triageReasons} like '%"id":"concept:%' as concept,
      exists (select 1 from ${reportAlerts} where ${reportAlerts.reportId} = ${reports.id} and ${reportAlerts.kind} = 'harm') as harm,
      exists (select 1 from ${reportEvents} where ${reportEvents.reportId} = ${reports.id} and ${reportEvents.type} = 'screen'
        and json_extract(${reportEvents.data}, '$.from') <> json_extract(${reportEvents.data}, '$.to')) as changed
    from ${reports} where ${where} order by wait`);
  const of: Record<ScreeningOutcome, (r: (typeof rows)[number]) => boolean> = {
    learned_signal: (r) => Boolean(r.model),
    concepts: (r) => Boolean(r.concept),
    harm_alert: (r) => Boolean(r.harm),
    changed_at_screening: (r) => Boolean(r.changed),
    confirmed_at_screening: (r) => !r.changed,
  };
  return SCREENING_OUTCOMES.map((outcome) => {
    const waits = rows.filter(of[outcome]).map((r) => Number(r.wait));
    return { outcome, screened: waits.length, ...spread(waits) };
  });
}
