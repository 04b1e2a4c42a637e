// The session feature's SQL: the account a sign-in names, its failure counters, its second factor.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type StaffUser, staffUsers } from '../../db/schema.ts';

export interface FailureState {
  failedLogins: number;
  lockedUntil: number | null;
  lockCount: number;
}

/** The account with this (lower-cased) username, or undefined. */
export async function accountByUsername(db: Db, username: string): Promise<StaffUser | undefined> {
  return db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
}

export async function saveFailures(db: Db, staffId: number, state: FailureState): Promise<void> {
  await db.update(staffUsers).set(state).where(eq(staffUsers.id, staffId));
}

/** A failure on an unknown name rewrites one row unchanged: the same disk write as a known name, so timing does not tell them apart. */
export async function rewriteOneRowUnchanged(db: Db): Promise<void> {
  await db.run(sql`UPDATE staff_users SET failed_logins = failed_logins WHERE id = (SELECT min(id) FROM staff_users)`);
}

export async function clearFailures(db: Db, staffId: number): Promise<void> {
  await db.update(staffUsers).set({ failedLogins: 0, lockedUntil: null, lockCount: 0 }).where(eq(staffUsers.id, staffId));
}

/** The hashes of the recovery codes still unused. */
export async function saveRecoveryCodes(db: Db, staffId: number, hashes: string[]): Promise<void> {
  await db
    .update(staffUsers)
    .set({ recoveryCodes: JSON.stringify(hashes) })
    .where(eq(staffUsers.id, staffId));
}

/** A new TOTP secret, sealed, waiting for its first code (not yet enabled). */
export async function saveTotpSecret(db: Db, staffId: number, sealedSecret: string): Promise<void> {
  await db.update(staffUsers).set({ totpSecretCt: sealedSecret }).where(eq(staffUsers.id, staffId));
}

/** The second factor confirmed: enabled, with fresh recovery codes (hashes only). */
export async function enableTotp(db: Db, staffId: number, recoveryHashes: string[]): Promise<void> {
  await db
    .update(staffUsers)
    .set({ totpEnabled: true, recoveryCodes: JSON.stringify(recoveryHashes) })
    .where(eq(staffUsers.id, staffId));
}
