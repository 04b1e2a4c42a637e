// One multi-row INSERT for the same single-row INSERT of every report in a group. libSQL prepares every statement
// it runs (it keeps no statement cache), and preparing the report insert compiles the table's triggers and indexes:
// ~60 reports × 2 statements per group were ~120 preparations; merged, a group needs two. Rows keep their order, so
// a later statement's subquery (the event's report id) sees the rows of the statements before it.
import type { InStatement, InValue } from '@libsql/client';

const SINGLE_ROW = /^(\s*INSERT\s+INTO\s+[^(]+\([^)]*\)\s*VALUES\s*)(\(.*\))\s*$/is;
/** Under SQLite's default limit of bound parameters (32,766) with room to spare. */
const MAX_ARGS = 30_000;

/**
 * The statements of `groups` (each report's, in order) as few statements as possible: when every group runs the same
 * single-row INSERT texts in the same order with positional arguments, position by position merged into multi-row
 * INSERTs; otherwise every statement as it was. Committed in one transaction either way, so the outcome is the same.
 */
export function mergeInserts(groups: readonly (readonly InStatement[])[]): InStatement[] {
  const flat = () => groups.flatMap((g) => [...g]);
  const first = groups[0];
  if (groups.length < 2 || !first) return flat();
  const shapes: { head: string; row: string }[] = [];
  for (let i = 0; i < first.length; i++) {
    const sql = typeof first[i] === 'string' ? (first[i] as string) : (first[i] as { sql: string }).sql;
    const m = SINGLE_ROW.exec(sql);
    if (!m) return flat();
    shapes.push({ head: m[1]!, row: m[2]! });
    for (const g of groups) {
      const s = g[i];
      if (g.length !== first.length || !s || typeof s === 'string' || Array.isArray(s) || s.sql !== sql || !Array.isArray(s.args))
        return flat();
    }
  }
  const out: InStatement[] = [];
  shapes.forEach(({ head, row }, i) => {
    let rows: string[] = [];
    let args: InValue[] = [];
    for (const g of groups) {
      const stmtArgs = (g[i] as { args: InValue[] }).args;
      if (rows.length > 0 && args.length + stmtArgs.length > MAX_ARGS) {
        out.push({ sql: head + rows.join(', '), args });
        rows = [];
        args = [];
      }
      rows.push(row);
      args = args.concat(stmtArgs);
    }
    out.push({ sql: head + rows.join(', '), args });
  });
  return out;
}
