// Re-encrypts every sealed column (`*_ct` in any table), and the staff reasons sealed inside
// `report_events.data` (JSON, `reasonCt`), under the current REPORT_KEY. Old keys must be
// listed in REPORT_KEY_PREVIOUS to be opened. Receipt indexes and verifiers are MACs of receipts we never keep, so
// they cannot be re-keyed here: each moves to the current key on its reporter's next successful lookup, and
// receiptsByKey counts what still needs an older key.
import type { Client } from '@libsql/client';
import { SEAL_CONTEXTS } from '../../domain/vocabulary.ts';
import type { Sealer } from './seal.ts';

// Every AAD context the code seals with (declared once in domain/vocabulary.ts). A value none of them opens is reported and left untouched.
export const KNOWN_CONTEXTS = [
  ...new Set<string>([...Object.values(SEAL_CONTEXTS.report), ...Object.values(SEAL_CONTEXTS.staff), ...Object.values(SEAL_CONTEXTS.case)]),
];

/** JSON text columns whose objects carry sealed values under these keys (staff action reasons on report events). */
export const SEALED_JSON_FIELDS: { table: string; column: string; keys: string[] }[] = [
  { table: 'report_events', column: 'data', keys: ['reasonCt'] },
];

export interface RotationResult {
  /** `table.column` → values re-sealed under the current key. */
  resealed: Record<string, number>;
  /** `table.column` → values already under the current key. */
  current: Record<string, number>;
  /** `table.column` → values that could not be opened (unknown key or context): left as they were. */
  failed: Record<string, number>;
}

/** Receipts by the key their verifier needs: current key, an older key (still listed, or the lookup fails), argon2id. */
export async function receiptsByKey(client: Client, sealer: Sealer): Promise<{ current: number; older: number; argon2id: number }> {
  const rows = await client.execute({
    sql: `SELECT count(*) FILTER (WHERE receipt_hash LIKE ?) AS current,
                 count(*) FILTER (WHERE receipt_hash LIKE '$argon2%') AS argon2id, count(*) AS total FROM reports`,
    args: [`$hmac-sha256$k=${sealer.keyId}$%`],
  });
  const row = rows.rows[0]!;
  const [current, argon2id] = [Number(row.current), Number(row.argon2id)];
  return { current, argon2id, older: Number(row.total) - current - argon2id };
}

export async function sealedColumns(client: Client): Promise<{ table: string; column: string }[]> {
  const tables = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'",
  );
  const out: { table: string; column: string }[] = [];
  for (const row of tables.rows) {
    const table = String(row.name);
    const cols = await client.execute(`PRAGMA table_info("${table.replace(/"/g, '""')}")`);
    for (const c of cols.rows) if (String(c.name).endsWith('_ct')) out.push({ table, column: String(c.name) });
  }
  return out;
}

function reseal(sealer: Sealer, value: string): string | null {
  for (const context of KNOWN_CONTEXTS) {
    let plain: string;
    try {
      plain = sealer.open(value, context);
    } catch {
      continue;
    }
    return sealer.seal(plain, context);
  }
  return null;
}

export async function rotateKeys(client: Client, sealer: Sealer, batchSize = 200): Promise<RotationResult> {
  const result: RotationResult = { resealed: {}, current: {}, failed: {} };
  for (const { table, column } of await sealedColumns(client)) {
    const name = `${table}.${column}`;
    result.resealed[name] = 0;
    result.current[name] = 0;
    result.failed[name] = 0;
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const rows = await client.execute(`SELECT rowid AS rid, ${q(column)} AS v FROM ${q(table)} WHERE ${q(column)} IS NOT NULL`);
    const updates: { sql: string; args: (string | number)[] }[] = [];
    for (const row of rows.rows) {
      const value = String(row.v);
      if (!sealer.isStale(value)) {
        result.current[name]!++;
        continue;
      }
      const next = reseal(sealer, value);
      if (next === null) {
        result.failed[name]!++;
        continue;
      }
      // Guarded on the old value: a row changed since we read it is left for the next run.
      updates.push({
        sql: `UPDATE ${q(table)} SET ${q(column)} = ? WHERE rowid = ? AND ${q(column)} = ?`,
        args: [next, Number(row.rid), value],
      });
      result.resealed[name]!++;
    }
    for (let i = 0; i < updates.length; i += batchSize) await client.batch(updates.slice(i, i + batchSize), 'write');
  }
  for (const { table, column, keys } of SEALED_JSON_FIELDS) await rotateJsonField(client, sealer, table, column, keys, result, batchSize);
  return result;
}

async function rotateJsonField(
  client: Client,
  sealer: Sealer,
  table: string,
  column: string,
  keys: string[],
  result: RotationResult,
  batchSize: number,
) {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  for (const key of keys) {
    const name = `${table}.${column}.${key}`;
    result.resealed[name] = 0;
    result.current[name] = 0;
    result.failed[name] = 0;
  }
  const exists = await client.execute({ sql: "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", args: [table] });
  if (!exists.rows.length) return;
  const like = keys.map(() => `${q(column)} LIKE ?`).join(' OR ');
  const rows = await client.execute({
    sql: `SELECT rowid AS rid, ${q(column)} AS v FROM ${q(table)} WHERE ${like}`,
    args: keys.map((k) => `%"${k}"%`),
  });
  const updates: { sql: string; args: (string | number)[] }[] = [];
  for (const row of rows.rows) {
    const value = String(row.v);
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(value) as Record<string, unknown>;
    } catch {
      continue;
    }
    if (!data || typeof data !== 'object') continue;
    let changed = false;
    for (const key of keys) {
      const sealed = data[key];
      if (typeof sealed !== 'string') continue;
      const name = `${table}.${column}.${key}`;
      if (!sealer.isStale(sealed)) {
        result.current[name]!++;
        continue;
      }
      const next = reseal(sealer, sealed);
      if (next === null) {
        result.failed[name]!++;
        continue;
      }
      data[key] = next;
      changed = true;
      result.resealed[name]!++;
    }
    if (changed)
      updates.push({
        sql: `UPDATE ${q(table)} SET ${q(column)} = ? WHERE rowid = ? AND ${q(column)} = ?`,
        args: [JSON.stringify(data), Number(row.rid), value],
      });
  }
  for (let i = 0; i < updates.length; i += batchSize) await client.batch(updates.slice(i, i + batchSize), 'write');
}
