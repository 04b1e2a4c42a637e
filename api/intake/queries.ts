// Staff intake's SQL: the queue holding a report a caller's receipt opened (to check the account's province).
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { queues } from '../../db/schema.ts';

export function queueById(db: Db, id: string) {
  return db.select({ id: queues.id, provinceId: queues.provinceId }).from(queues).where(eq(queues.id, id)).get();
}
