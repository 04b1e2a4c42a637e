// The case steps' SQL: a report's case entries, the approval of a plan, and the last time a report was closed.
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { caseEntries, reportEvents } from '../../db/schema.ts';

export function entriesOf(db: Db, reportId: number) {
  return db.select().from(caseEntries).where(eq(caseEntries.reportId, reportId)).orderBy(asc(caseEntries.at), asc(caseEntries.id));
}

export function approvePlan(db: Db, entryId: number, staffId: number, now: number) {
  return db.update(caseEntries).set({ approvedAt: now, approvedBy: staffId }).where(eq(caseEntries.id, entryId));
}

/** When the report was last closed (null: never): a closure approval counts only after it. */
export async function lastClosedAt(db: Db, reportId: number): Promise<number | null> {
  const row = await db
    .select({ at: reportEvents.at })
    .from(reportEvents)
    .where(and(eq(reportEvents.reportId, reportId), eq(reportEvents.type, 'close')))
    .orderBy(desc(reportEvents.at))
    .limit(1)
    .get();
  return row?.at ?? null;
}
