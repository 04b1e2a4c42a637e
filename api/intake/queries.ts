// Staff intake's SQL: the queue holding a report a caller's receipt opened (to check the account's province), and
// what triage made of a report just recorded (to tell the call-taker why its priority, and of a likely duplicate).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queues, reports } from '../../db/schema.ts';

export function queueById(db: Db, id: string) {
  return db.select({ id: queues.id, provinceId: queues.provinceId }).from(queues).where(eq(queues.id, id)).get();
}

export function triageOf(db: Db, reference: string) {
  return db
    .select({ triageReasons: reports.triageReasons, possibleDuplicates: reports.possibleDuplicates })
    .from(reports)
    .where(eq(reports.reference, reference))
    .get();
}
