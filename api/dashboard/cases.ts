// The dashboard's channel and case figures (issue #24): reports by channel, open cases per stage, the steps overdue per
// unit (assessments, plans, reviews: each step's deadline per risk level, domain/vocabulary.ts) and the median time
// from report to plan. Each reads a partial index that holds only what it counts (staff-recorded, open, planned).
import { and, count, gte, inArray, isNotNull, lt, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queues, reports } from '../../db/schema.ts';
import { DAY_MS, pktDay } from '../../domain/pakistan-time.ts';
import { CASE_STAGES, CHANNELS, PRESUMED_RISK, PRIORITIES, RISK_LEVELS, STEP_DEADLINE_DAYS } from '../../domain/vocabulary.ts';
import type { DateRange } from '../figures/aggregates.ts';

/** Reports of the range per channel: the recorded ones from their index, the web form's as the rest of the total. */
export async function byChannel(db: Db, scope: SQL, range: DateRange, total: number) {
  const rows = await db
    .select({ channel: reports.channel, n: count() })
    .from(reports)
    .where(and(scope, ne(reports.channel, 'web'), gte(reports.createdAt, range.from), lt(reports.createdAt, range.to)))
    .groupBy(reports.channel);
  const found = new Map(rows.map((r) => [r.channel, Number(r.n)]));
  const recorded = rows.reduce((n, r) => n + Number(r.n), 0);
  return CHANNELS.map((channel) => ({ channel, count: channel === 'web' ? total - recorded : (found.get(channel) ?? 0) }));
}

// The deadline of a step in ms after its start, per risk level (before an assessment: presumed from the priority).
const assessmentMs = sql.join(
  [
    sql`case ${reports.priority}`,
    ...PRIORITIES.map((p) => sql` when ${p} then ${STEP_DEADLINE_DAYS[PRESUMED_RISK[p]].assessment * DAY_MS}`),
    sql` end`,
  ],
  sql``,
);
const planMs = sql.join(
  [sql`case ${reports.riskLevel}`, ...RISK_LEVELS.map((l) => sql` when ${l} then ${STEP_DEADLINE_DAYS[l].plan * DAY_MS}`), sql` end`],
  sql``,
);

/** Open cases now, per unit: how many at each stage, and how many assessments, plans and reviews are overdue. */
export async function caseFigures(db: Db, scope: SQL, now: number) {
  const today = pktDay(now);
  const rows = await db
    .select({
      queueId: reports.queueId,
      stage: reports.caseStage,
      n: count(),
      assessmentsOverdue: sql<number>`sum(case when ${reports.caseStage} = 'intake' and ${reports.createdAt} + ${assessmentMs} < ${now} then 1 else 0 end)`,
      plansOverdue: sql<number>`sum(case when ${reports.caseStage} in ('assessment', 'planning') and ${reports.assessedAt} + ${planMs} < ${now} then 1 else 0 end)`,
      reviewsOverdue: sql<number>`sum(case when ${reports.nextReviewBy} < ${today} then 1 else 0 end)`,
    })
    .from(reports)
    .where(and(scope, ne(reports.status, 'closed')))
    .groupBy(reports.queueId, reports.caseStage);
  const units = new Map<
    string,
    { queueId: string; stages: Record<string, number>; assessmentsOverdue: number; plansOverdue: number; reviewsOverdue: number }
  >();
  for (const r of rows) {
    const u = units.get(r.queueId) ?? {
      queueId: r.queueId,
      stages: Object.fromEntries(CASE_STAGES.map((s) => [s, 0])),
      assessmentsOverdue: 0,
      plansOverdue: 0,
      reviewsOverdue: 0,
    };
    u.stages[r.stage] = Number(r.n);
    u.assessmentsOverdue += Number(r.assessmentsOverdue ?? 0);
    u.plansOverdue += Number(r.plansOverdue ?? 0);
    u.reviewsOverdue += Number(r.reviewsOverdue ?? 0);
    units.set(r.queueId, u);
  }
  // Each unit named in every language, for a provincial officer's table of several units.
  const ids = [...units.keys()];
  const named = ids.length ? await db.select({ id: queues.id, names: queues.names }).from(queues).where(inArray(queues.id, ids)) : [];
  const nameOf = new Map(named.map((q) => [q.id, q.names]));
  const perUnit = [...units.values()]
    .map((u) => ({ ...u, name: nameOf.get(u.queueId) ?? null }))
    .sort((a, b) => a.queueId.localeCompare(b.queueId));
  const perStage = CASE_STAGES.map((stage) => ({ stage, count: perUnit.reduce((n, u) => n + (u.stages[stage] ?? 0), 0) }));
  return { perStage, perUnit };
}

/** The median time from a report's arrival to its plan counting, over the range's planned cases (exact). */
export async function medianToPlan(db: Db, scope: SQL, range: DateRange) {
  const where = and(scope, isNotNull(reports.plannedAt), gte(reports.createdAt, range.from), lt(reports.createdAt, range.to))!;
  const n = (await db.select({ n: count() }).from(reports).where(where).get())?.n ?? 0;
  if (n === 0) return { n: 0, medianMs: null };
  const middle = await db.get<{ median: number }>(
    sql`select avg(v) as median from (select ${reports.plannedAt} - ${reports.createdAt} as v from ${reports} where ${where} order by v limit ${2 - (n % 2)} offset ${Math.floor((n - 1) / 2)})`,
  );
  return { n, medianMs: Math.round(Number(middle!.median)) };
}
