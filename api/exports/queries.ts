// The exports' SQL: one page of the reports export, keyset-paged on id so a large export never sits whole in memory.
import { and, asc, eq, gt, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { districts, provinces, queues, reports } from '../../db/schema.ts';
import type { DateRange } from '../figures/aggregates.ts';

/** Case facts and timings of the reports in scope and range after `afterId`, oldest first: never free text or contact details. */
export function reportsPage(db: Db, scope: SQL, range: DateRange, afterId: number, limit: number) {
  return db
    .select({
      id: reports.id,
      reference: reports.reference,
      createdAt: reports.createdAt,
      priority: reports.priority,
      category: reports.category,
      status: reports.status,
      provinceId: reports.provinceId,
      provinceNames: provinces.names,
      districtId: reports.districtId,
      districtNames: districts.names,
      queueId: reports.queueId,
      queueNames: queues.names,
      dueAt: reports.dueAt,
      firstActionAt: reports.firstActionAt,
      closedAt: reports.closedAt,
      closeReason: reports.closeReason,
      verified: reports.verified,
      erasedAt: reports.erasedAt,
      channel: reports.channel,
      caseStage: reports.caseStage,
      riskLevel: reports.riskLevel,
    })
    .from(reports)
    .leftJoin(provinces, eq(provinces.id, reports.provinceId))
    .leftJoin(districts, and(eq(districts.provinceId, reports.provinceId), eq(districts.id, reports.districtId)))
    .leftJoin(queues, eq(queues.id, reports.queueId))
    .where(and(scope, gte(reports.createdAt, range.from), lt(reports.createdAt, range.to), gt(reports.id, afterId)))
    .orderBy(asc(reports.id))
    .limit(limit);
}

export type ExportRow = Awaited<ReturnType<typeof reportsPage>>[number];
