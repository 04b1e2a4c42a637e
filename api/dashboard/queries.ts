// The dashboard feature's own SQL; the figures themselves are in aggregates.ts and rollups.ts.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { provinces, queues, type StaffUser } from '../../db/schema.ts';

/** What the figures cover, named in every language: the provincial officer's province or the supervisor's unit. */
export async function scopeName(db: Db, user: StaffUser) {
  if (user.role === 'provincial') {
    const p = await db.select({ names: provinces.names }).from(provinces).where(eq(provinces.id, user.provinceId!)).get();
    return { kind: 'province' as const, id: user.provinceId!, name: p ? p.names : null };
  }
  const q = await db.select({ names: queues.names }).from(queues).where(eq(queues.id, user.queueId!)).get();
  return { kind: 'queue' as const, id: user.queueId!, name: q ? q.names : null };
}
