// The reporter feature's SQL: where a report goes, and what the receipt opens (the report, its history, its thread).
// Creating a report is create.ts (its statements go through the group commit).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { districts, messages, queues, reportEvents, reports } from '../../db/schema.ts';
import { routeQueue } from '../triage/directory.ts';

export type Queue = typeof queues.$inferSelect;
export type Report = typeof reports.$inferSelect;

/** The queue a report from this place lands in, by the directory's rule (routeQueue) over its seeded copy. */
export async function findQueue(db: Db, province: string, district: string): Promise<Queue | null> {
  const queue = await routeQueue(province, district, {
    national: () => db.select().from(queues).where(eq(queues.kind, 'national')).get(),
    district: async (p, d) =>
      (
        await db
          .select({ queue: queues })
          .from(districts)
          .innerJoin(queues, eq(districts.queueId, queues.id))
          .where(and(eq(districts.provinceId, p), eq(districts.id, d)))
          .get()
      )?.queue,
  });
  return queue ?? null;
}

/** The report whose receipt index is one of these (the index under each key still accepted). */
export function reportByReceiptIndex(db: Db, indexes: string[]): Promise<Report | undefined> {
  return db.select().from(reports).where(inArray(reports.receiptIndex, indexes)).get();
}

/** Re-keys a report's receipt index and verifier (found under an older key, or verified by an argon2id hash). */
export async function rekeyReceipt(db: Db, reportId: number, index: string, verifier: string): Promise<void> {
  await db.update(reports).set({ receiptIndex: index, receiptHash: verifier }).where(eq(reports.id, reportId));
}

/** A report's events, oldest first. */
export function eventsOf(db: Db, reportId: number) {
  return db.select().from(reportEvents).where(eq(reportEvents.reportId, reportId)).orderBy(asc(reportEvents.at), asc(reportEvents.id));
}

/** A report's messages (reporter, staff and internal notes), oldest first. */
export function messagesOf(db: Db, reportId: number) {
  return db.select().from(messages).where(eq(messages.reportId, reportId)).orderBy(asc(messages.createdAt), asc(messages.id));
}

/** A priority the reporter's words raised: written with the message, in the same transaction. */
export interface PriorityRaise {
  priority: Report['priority'];
  dueAt: number;
  triageReasons: string;
  /** The `priority_raised` event's data (JSON). */
  event: string;
}

/** The reporter's message, its event and (when it raised the priority) the raise, as one transaction. */
export async function recordReporterMessage(
  db: Db,
  report: Pick<Report, 'id' | 'queueId'>,
  bodyCt: string,
  now: number,
  raise: PriorityRaise | null,
): Promise<void> {
  const raised = raise
    ? [
        db
          .update(reports)
          .set({
            priority: raise.priority,
            dueAt: raise.dueAt,
            triageReasons: raise.triageReasons,
            // A person confirmed the old priority, not this one: the report waits to be screened again.
            screenedAt: null,
            screenedBy: null,
          })
          .where(eq(reports.id, report.id)),
        db.insert(reportEvents).values({ reportId: report.id, at: now, type: 'priority_raised', data: raise.event }),
      ]
    : [];
  await db.batch([
    db.insert(messages).values({ reportId: report.id, sender: 'reporter', queueId: report.queueId, bodyCt, createdAt: now }),
    db.insert(reportEvents).values({ reportId: report.id, at: now, type: 'reporter_message', data: '{}' }),
    db.update(reports).set({ updatedAt: now }).where(eq(reports.id, report.id)),
    ...raised,
  ]);
}
