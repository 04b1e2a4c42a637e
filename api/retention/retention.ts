// Retention: a closed report keeps its statistics for good, but its free text, contact, fingerprint,
// messages, referral notes and case-record text are erased a set number of days after closure.
import type { Client, Transaction } from '@libsql/client';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetentionResult {
  /** Closures before this instant (ms) were due. */
  cutoff: number;
  reports: number;
  messages: number;
  referralNotes: number;
  /** Case entries whose free text was erased. */
  caseEntries: number;
  /** Whether the WAL was checkpointed and truncated afterwards, so no old page copy remains in it. */
  checkpointed: boolean;
}

// Overwrite first (same length, zeros), then NULL: with secure_delete the old cell bytes are zeroed too.
const ERASE = (col: string) => `CASE WHEN ${col} IS NULL THEN NULL ELSE zeroblob(length(${col})) END`;

/**
 * Erases every closed report closed more than `days` ago and not yet erased. Runs on a dedicated
 * connection (a libSQL transaction takes one out of the pool) with `PRAGMA secure_delete=ON`, so the
 * freed bytes are overwritten in the file, then checkpoints the WAL so no old page copy remains.
 */
export async function runRetention(client: Client, options: { days: number; now?: number }): Promise<RetentionResult> {
  const cutoff = (options.now ?? Date.now()) - options.days * DAY_MS;
  const due = `SELECT id FROM reports WHERE status = 'closed' AND erased_at IS NULL AND closed_at IS NOT NULL AND closed_at <= ?`;
  const tx: Transaction = await client.transaction('write');
  let result: Omit<RetentionResult, 'checkpointed'>;
  try {
    await tx.execute('PRAGMA secure_delete=ON');
    await tx.execute(`CREATE TEMP TABLE IF NOT EXISTS retention_due (id INTEGER PRIMARY KEY)`);
    await tx.execute('DELETE FROM temp.retention_due');
    await tx.execute({ sql: `INSERT INTO temp.retention_due (id) ${due}`, args: [cutoff] });
    const inDue = 'IN (SELECT id FROM temp.retention_due)';
    const messages = await tx.execute(`UPDATE messages SET body_ct = ${ERASE('body_ct')} WHERE report_id ${inDue} AND body_ct IS NOT NULL`);
    await tx.execute(`UPDATE messages SET body_ct = NULL WHERE report_id ${inDue}`);
    // The case record's free text (assessment summary, safety actions, goals, review and court notes) goes the same way.
    const caseText = await tx.execute(
      `UPDATE case_entries SET text_ct = ${ERASE('text_ct')} WHERE report_id ${inDue} AND text_ct IS NOT NULL`,
    );
    await tx.execute(`UPDATE case_entries SET text_ct = NULL WHERE report_id ${inDue}`);
    const notes = await tx.execute(`UPDATE referrals SET note_ct = ${ERASE('note_ct')} WHERE report_id ${inDue} AND note_ct IS NOT NULL`);
    await tx.execute(`UPDATE referrals SET note_ct = NULL WHERE report_id ${inDue}`);
    await tx.execute(
      `UPDATE reports SET description_ct = ${ERASE('description_ct')}, details_ct = ${ERASE('details_ct')}, contact_ct = ${ERASE('contact_ct')}, text_fingerprint = ${ERASE('text_fingerprint')} WHERE id ${inDue}`,
    );
    const reports = await tx.execute({
      sql: `UPDATE reports SET description_ct = NULL, details_ct = NULL, contact_ct = NULL, text_fingerprint = NULL, erased_at = ? WHERE id ${inDue}`,
      args: [options.now ?? Date.now()],
    });
    await tx.execute('DELETE FROM temp.retention_due');
    await tx.commit();
    result = {
      cutoff,
      reports: reports.rowsAffected,
      messages: messages.rowsAffected,
      referralNotes: notes.rowsAffected,
      caseEntries: caseText.rowsAffected,
    };
  } finally {
    tx.close();
  }
  return { ...result, checkpointed: await checkpoint(client) };
}

/** Copies the WAL into the main file and truncates it. False when a reader kept it busy (the next run retries). */
export async function checkpoint(client: Client): Promise<boolean> {
  try {
    const r = await client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    const row = r.rows[0];
    return row ? Number(row[0]) === 0 : true;
  } catch {
    return false;
  }
}
