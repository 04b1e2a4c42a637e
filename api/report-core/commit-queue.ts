// Group commit for intake: the statements of reports that arrive within a few milliseconds of each other
// are written in one transaction, so one fsync acknowledges many reports instead of one. Each caller's
// promise settles only after the transaction holding its statements has committed (or failed), so a report
// is still acknowledged only once it is durable. A failed group is retried one report at a time, so one bad
// report (a reference collision, say) never takes the others down with it.
import type { InStatement } from '@libsql/client';
import type { Db } from '../../db/client.ts';
import { mergeInserts } from './merge-inserts.ts';

export interface CommitQueue {
  /** Resolves once `statements` are committed, as one unit, in some transaction. */
  commit(statements: readonly InStatement[]): Promise<void>;
  /** Transactions and reports committed so far (for the bench and tests). */
  stats(): { transactions: number; reports: number; largest: number };
}

interface Pending {
  statements: readonly InStatement[];
  done: () => void;
  fail: (err: unknown) => void;
}

export interface CommitQueueOptions {
  /** How long the first report of a group waits for company; 0 commits every report on its own (no grouping). */
  windowMs: number;
  /** Most reports in one transaction. */
  maxGroup?: number;
}

/** Per report of a group: null when committed, else the error that kept it out. */
type Writer = (groups: (readonly InStatement[])[]) => Promise<unknown[]>;

// Fixed SQL and arguments (intake-sql.ts), straight to libSQL: no query builder per report.
const runBatch = (db: Db, statements: readonly InStatement[]) => db.$client.batch([...statements], 'write');

function inThread(db: Db): Writer {
  return async (groups) => {
    try {
      await runBatch(db, mergeInserts(groups));
      return groups.map(() => null);
    } catch (err) {
      if (groups.length === 1) return [err];
      // The group rolled back as a whole; give each report its own transaction and its own outcome.
      const outcomes: unknown[] = [];
      for (const g of groups)
        outcomes.push(
          await runBatch(db, g).then(
            () => null,
            (one: unknown) => one,
          ),
        );
      return outcomes;
    }
  };
}

export function createCommitQueue(db: Db, options: CommitQueueOptions): CommitQueue {
  const maxGroup = options.maxGroup ?? 256;
  const write = inThread(db);
  let pending: Pending[] = [];
  let flushing = false;
  let timer: NodeJS.Timeout | null = null;
  const counts = { transactions: 0, reports: 0, largest: 0 };

  async function flush() {
    timer = null;
    if (flushing || pending.length === 0) return;
    flushing = true;
    const group = pending.slice(0, maxGroup);
    pending = pending.slice(group.length);
    try {
      const outcomes = await write(group.map((p) => p.statements));
      counts.transactions += outcomes.every((o) => o === null) ? 1 : outcomes.length;
      counts.largest = Math.max(counts.largest, group.length);
      group.forEach((p, i) => {
        if (outcomes[i] === null) {
          counts.reports++;
          p.done();
        } else p.fail(outcomes[i]);
      });
    } catch (err) {
      for (const p of group) p.fail(err);
    } finally {
      flushing = false;
      // Reports that arrived during this commit are the next group: no extra wait, they already waited.
      if (pending.length > 0) void flush();
    }
  }

  return {
    commit(statements) {
      if (options.windowMs <= 0) return runBatch(db, statements).then(() => undefined);
      return new Promise<void>((done, fail) => {
        pending.push({ statements, done, fail });
        if (flushing) return;
        if (pending.length >= maxGroup) {
          if (timer) clearTimeout(timer);
          void flush();
        } else timer ??= setTimeout(flush, options.windowMs);
      });
    },
    stats: () => ({ ...counts }),
  };
}
