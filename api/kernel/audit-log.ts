// Append-only audit log with a hash chain: each row's hash covers its content and the previous row's
// hash, so editing or deleting any row breaks every hash after it (`npm run audit:verify`).
import { createHash } from 'node:crypto';
import type { Client } from '@libsql/client';

export interface AuditEntry {
  staffId: number | null;
  username: string | null;
  action: string;
  target?: string | null;
  queueId?: string | null;
  /** Ids and filters only: never reporter text. */
  detail?: Record<string, unknown>;
}

export const GENESIS = '0'.repeat(64);

export function rowHash(
  prevHash: string,
  row: {
    at: number;
    staffId: number | null;
    username: string | null;
    action: string;
    target: string | null;
    queueId: string | null;
    detail: string;
  },
): string {
  return createHash('sha256')
    .update(JSON.stringify([prevHash, row.at, row.staffId, row.username, row.action, row.target, row.queueId, row.detail]))
    .digest('hex');
}

export async function appendAudit(client: Client, entry: AuditEntry, at = Date.now()): Promise<void> {
  const row = {
    at,
    staffId: entry.staffId,
    username: entry.username,
    action: entry.action,
    target: entry.target ?? null,
    queueId: entry.queueId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
  // A write transaction serialises appends, across processes too, so the chain never forks.
  const tx = await client.transaction('write');
  try {
    const last = await tx.execute('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1');
    const prevHash = (last.rows[0]?.hash as string | undefined) ?? GENESIS;
    await tx.execute({
      sql: 'INSERT INTO audit_log (at, staff_id, username, action, target, queue_id, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      args: [row.at, row.staffId, row.username, row.action, row.target, row.queueId, row.detail, prevHash, rowHash(prevHash, row)],
    });
    await tx.commit();
  } finally {
    tx.close();
  }
}

export interface AuditVerification {
  ok: boolean;
  rows: number;
  firstBadId: number | null;
}

export async function verifyAudit(client: Client): Promise<AuditVerification> {
  const result = await client.execute(
    'SELECT id, at, staff_id, username, action, target, queue_id, detail, prev_hash, hash FROM audit_log ORDER BY id',
  );
  let prev = GENESIS;
  let expectedId: number | null = null;
  for (const r of result.rows) {
    const id = Number(r.id);
    const row = {
      at: Number(r.at),
      staffId: r.staff_id === null ? null : Number(r.staff_id),
      username: r.username as string | null,
      action: String(r.action),
      target: r.target as string | null,
      queueId: r.queue_id as string | null,
      detail: String(r.detail),
    };
    // A gap in ids is a deleted row; a wrong hash is an edited one.
    if ((expectedId !== null && id !== expectedId) || r.prev_hash !== prev || r.hash !== rowHash(prev, row)) {
      return { ok: false, rows: result.rows.length, firstBadId: id };
    }
    prev = String(r.hash);
    expectedId = id + 1;
  }
  return { ok: true, rows: result.rows.length, firstBadId: null };
}

/** The chain's head: kept outside the database (a file, a print-out, a ticket) it catches deleted last rows. */
export interface AuditAnchor {
  id: number;
  hash: string;
  rows: number;
}

export async function auditHead(client: Client): Promise<AuditAnchor | null> {
  const r = await client.execute('SELECT id, hash, (SELECT count(*) FROM audit_log) AS n FROM audit_log ORDER BY id DESC LIMIT 1');
  const row = r.rows[0];
  return row ? { id: Number(row.id), hash: String(row.hash), rows: Number(row.n) } : null;
}

/**
 * The chain must still contain the anchored row with the anchored hash: a chain cut back to an earlier
 * row (the last rows deleted) verifies on its own, but no longer reaches the anchor.
 */
export async function checkAnchor(client: Client, anchor: AuditAnchor): Promise<boolean> {
  const r = await client.execute({ sql: 'SELECT hash FROM audit_log WHERE id = ?', args: [anchor.id] });
  const first = await client.execute('SELECT min(id) AS first FROM audit_log');
  return r.rows[0]?.hash === anchor.hash && Number(first.rows[0]?.first ?? 0) === 1;
}
