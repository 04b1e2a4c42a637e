// The session feature's SQL: the account a sign-in names and its second factor.
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type StaffUser, staffUsers } from '../../db/schema.ts';

/** The account with this (lower-cased) username, or undefined. */
export async function accountByUsername(db: Db, username: string): Promise<StaffUser | undefined> {
  return db.select().from(staffUsers).where(eq(staffUsers.username, username)).get();
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
