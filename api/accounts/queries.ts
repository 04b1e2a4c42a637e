// The accounts feature's SQL: plain functions of the database and their arguments.
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { byName, provinces, queues, type StaffUser, staffSessions, staffUsers } from '../../db/schema.ts';
import { appendAudit } from '../kernel/audit-log.ts';
import type { AccountScope } from './accounts.ts';

export const accountByUsername = (db: Db, username: string): Promise<StaffUser | undefined> =>
  db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();

export const allAccounts = (db: Db): Promise<StaffUser[]> => db.select().from(staffUsers).orderBy(asc(staffUsers.username));

export const queueById = (db: Db, id: string) =>
  db.select({ id: queues.id, provinceId: queues.provinceId }).from(queues).where(eq(queues.id, id)).get();

export const provinceById = (db: Db, id: string) => db.select({ id: provinces.id }).from(provinces).where(eq(provinces.id, id)).get();

/** Active units and every province, named in every language: what an account can be scoped to. */
export async function scopeRows(db: Db) {
  const [q, p] = await Promise.all([
    db
      .select()
      .from(queues)
      .where(eq(queues.active, true))
      .orderBy(asc(byName(queues.names))),
    db.select().from(provinces).orderBy(asc(provinces.sort)),
  ]);
  return { queues: q, provinces: p };
}

export async function insertAccount(db: Db, username: string, scope: AccountScope, passwordHash: string): Promise<void> {
  await db.insert(staffUsers).values({ username, ...scope, passwordHash, mustChangePassword: true });
}

export async function updateAccount(db: Db, id: number, set: Partial<typeof staffUsers.$inferInsert>): Promise<void> {
  await db.update(staffUsers).set(set).where(eq(staffUsers.id, id));
}

/** Ends every session of the account, or every one but `keep` (the session that changed its own password). */
export async function endSessions(db: Db, staffId: number, keep?: string): Promise<void> {
  await db
    .delete(staffSessions)
    .where(keep ? and(eq(staffSessions.staffId, staffId), ne(staffSessions.idHash, keep)) : eq(staffSessions.staffId, staffId));
}

/** Appends what an admin (or the account itself) did to the hash-chained audit log. */
export function audit(
  db: Db,
  actor: StaffUser,
  action: string,
  entry: { target?: string; queueId?: string | null; detail?: Record<string, unknown> } = {},
) {
  return appendAudit(db.$client, { staffId: actor.id, username: actor.username, action, ...entry, detail: entry.detail ?? {} });
}
