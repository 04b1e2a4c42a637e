// The audit feature's SQL: reading the log, newest first, limited to the queues an account oversees.
import { and, desc, inArray, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';

/** Entries per page of the log. */
export const AUDIT_PAGE = 100;

/** A page of the log: entries of these queues (null: every entry) with an id below `before` (null: the newest). */
export async function auditPage(db: Db, queueIds: string[] | null, before: number | null) {
  const where: SQL[] = [];
  // An account with no queue in scope sees nothing: '-' is no queue's id.
  if (queueIds) where.push(inArray(auditLog.queueId, queueIds.length ? queueIds : ['-']));
  if (before) where.push(lt(auditLog.id, before));
  return db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_PAGE);
}
