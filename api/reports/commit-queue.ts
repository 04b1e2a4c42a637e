// Group commit for intake: the statements of reports that arrive within a few milliseconds of each other
// are written in one transaction, so one fsync acknowledges many reports instead of one. Each caller's
// promise settles only after the transaction holding its statements has committed (or failed), so a report
// is still acknowledged only once it is durable. A failed group is retried one report at a time, so one bad
// report (a reference collision, say) never takes the others down with it.
import type { Db } from '../../db/client.ts';

type BatchItem = Parameters<Db['batch']>[0][number];

export interface CommitQueue {
  /** Resolves once `statements` are committed, as one unit, in some transaction. */
  commit(statements: readonly BatchItem[]): Promise<void>;
  /** Transactions and reports committed so far (for the bench and tests). */
  stats(): { transactions: number; reports: number; largest: number };
}

interface Pending {
  statements: readonly BatchItem[];
  done: () => void;
  fail: (err: unknown) => void;
}

export interface CommitQueueOptions {
  /** How long the first report of a group waits for company; 0 commits every report on its own (no grouping). */
  windowMs: number;
  /** Most reports in one transaction. */
  maxGroup?: number;
}

const runBatch = (db: Db, statements: readonly BatchItem[]) => db.batch(statements as [BatchItem, ...BatchItem[]]);

export function createCommitQueue(db: Db, options: CommitQueueOptions): CommitQueue {
  const maxGroup = options.maxGroup ?? 256;
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
      await runBatch(db, group.flatMap((p) => p.statements));
      counts.transactions++;
      counts.reports += group.length;
      counts.largest = Math.max(counts.largest, group.length);
      for (const p of group) p.done();
    } catch (err) {
      if (group.length === 1) group[0]!.fail(err);
      else {
        // The group rolled back as a whole; give each report its own transaction and its own outcome.
        for (const p of group) {
          try {
            await runBatch(db, p.statements);
            counts.transactions++;
            counts.reports++;
            p.done();
          } catch (one) {
            p.fail(one);
          }
        }
      }
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
