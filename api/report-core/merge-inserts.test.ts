import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { mergeInserts } from './merge-inserts.ts';

const report = (ref: string, n: number) => [
  { sql: 'INSERT INTO r (ref, n) VALUES (?, ?)', args: [ref, n] },
  { sql: "INSERT INTO e (rid, kind) VALUES ((SELECT id FROM r WHERE ref = ?), 'created')", args: [ref] },
];

describe('mergeInserts', () => {
  it('turns each position of a group into one multi-row INSERT, rows in order, and writes what the statements one by one write', async () => {
    const groups = ['a', 'b', 'c'].map((ref, i) => report(ref, i));
    const merged = mergeInserts(groups);
    expect(merged).toEqual([
      { sql: 'INSERT INTO r (ref, n) VALUES (?, ?), (?, ?), (?, ?)', args: ['a', 0, 'b', 1, 'c', 2] },
      {
        sql: "INSERT INTO e (rid, kind) VALUES ((SELECT id FROM r WHERE ref = ?), 'created'), ((SELECT id FROM r WHERE ref = ?), 'created'), ((SELECT id FROM r WHERE ref = ?), 'created')",
        args: ['a', 'b', 'c'],
      },
    ]);
    const read = async (statements: typeof merged) => {
      const db = createClient({ url: ':memory:' });
      await db.batch([
        'CREATE TABLE r (id INTEGER PRIMARY KEY, ref TEXT UNIQUE, n INT)',
        'CREATE TABLE e (id INTEGER PRIMARY KEY, rid INT NOT NULL, kind TEXT)',
      ]);
      await db.batch(statements, 'write');
      const rows = (await db.execute('SELECT r.ref, r.n, e.kind FROM e JOIN r ON r.id = e.rid ORDER BY e.id')).rows.map((x) => [
        x.ref,
        x.n,
        x.kind,
      ]);
      db.close();
      return rows;
    };
    expect(await read(merged)).toEqual(await read(groups.flat()));
  });

  it('leaves statements as they are when the groups differ, a statement is not a single-row INSERT, or there is one group', () => {
    const one = [report('a', 1)];
    expect(mergeInserts(one)).toEqual(one.flat());
    const differ = [report('a', 1), [report('b', 2)[0]!]];
    expect(mergeInserts(differ)).toEqual(differ.flat());
    const update = [[{ sql: 'UPDATE r SET n = ?', args: [1] }], [{ sql: 'UPDATE r SET n = ?', args: [2] }]];
    expect(mergeInserts(update)).toEqual(update.flat());
  });

  it('splits a merge that would bind more parameters than SQLite allows', () => {
    const groups = Array.from({ length: 1_100 }, (_, i) => [{ sql: 'INSERT INTO t (a) VALUES (?)', args: Array(1).fill(i) }]);
    const wide = groups.map((g) => [
      {
        sql: `INSERT INTO w (${Array(40).fill('c').join(', ')}) VALUES (${Array(40).fill('?').join(', ')})`,
        args: Array(40).fill(g[0]!.args[0]),
      },
    ]);
    expect(mergeInserts(groups)).toHaveLength(1);
    const split = mergeInserts(wide);
    expect(split.length).toBe(2);
    expect(split.every((s) => (s as { args: unknown[] }).args.length <= 30_000)).toBe(true);
    expect(split.flatMap((s) => (s as { args: unknown[] }).args)).toEqual(wide.flatMap((g) => g[0]!.args));
  });
});
