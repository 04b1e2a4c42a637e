// Report creation's and the receipt's SQL: where a report goes, and what the receipt opens (the report, its history, its thread).
// Creating a report is create.ts (its statements go through the group commit).
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { districts, messages, queues, reportEvents, reports } from '../../db/schema.ts';
import { referenceVersion } from '../../db/seed.ts';
import { routeQueue } from '../../directory/routing.ts';

export type Queue = typeof queues.$inferSelect;
export type Report = typeof reports.$inferSelect;

// The routing table (queues and which queue each district's reports go to), read from the database at most once a
// minute per connection instead of two drizzle-built queries per report. The API never writes these tables: only
// migrations and db/seed.ts seedReference do, and api/server.ts runs both before it listens. Refresh rule: a
// seedReference in this process bumps referenceVersion, so the next report reads the new one; a
// seed by another process (another server starting with an edited content/directory) is read within a minute.
const QUEUE_TABLE_MAX_AGE_MS = 60_000;

interface QueueTable {
  national: Queue | undefined;
  /** `province\0district` → queue. */
  byPlace: Map<string, Queue>;
}

const queueTables = new WeakMap<Db, { at: number; version: number; table: Promise<QueueTable> }>();

async function readQueueTable(db: Db): Promise<QueueTable> {
  const [all, places] = await Promise.all([
    db.select().from(queues),
    db.select({ provinceId: districts.provinceId, id: districts.id, queueId: districts.queueId }).from(districts),
  ]);
  const byId = new Map(all.map((q) => [q.id, Object.freeze(q)]));
  const byPlace = new Map<string, Queue>();
  for (const d of places) {
    const queue = byId.get(d.queueId);
    if (queue) byPlace.set(`${d.provinceId}\0${d.id}`, queue);
  }
  return { national: all.find((q) => q.kind === 'national'), byPlace };
}

function queueTable(db: Db, now = Date.now()): Promise<QueueTable> {
  const held = queueTables.get(db);
  const version = referenceVersion(db);
  if (held && held.version === version && now - held.at < QUEUE_TABLE_MAX_AGE_MS) return held.table;
  const table = readQueueTable(db);
  queueTables.set(db, { at: now, version, table });
  // A failed read is not kept: the next report tries again.
  table.catch(() => queueTables.get(db)?.table === table && queueTables.delete(db));
  return table;
}

/** The queue a report from this place lands in, by the directory's rule (routeQueue) over its seeded copy. */
export async function findQueue(db: Db, province: string, district: string): Promise<Queue | null> {
  const table = await queueTable(db);
  const queue = routeQueue(province, district, {
    national: () => table.national,
    district: (p, d) => table.byPlace.get(`${p}\0${d}`),
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

/** The names of the units (queues) that wrote a report's messages, by queue id: a reply is signed by its unit. */
export async function unitNamesOf(db: Db, queueIds: string[]): Promise<Map<string, Queue['names']>> {
  if (!queueIds.length) return new Map();
  const rows = await db.select({ id: queues.id, names: queues.names }).from(queues).where(inArray(queues.id, queueIds));
  return new Map(rows.map((r) => [r.id, r.names]));
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
