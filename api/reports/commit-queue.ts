// Group commit for intake: the statements of reports that arrive within a few milliseconds of each other
// are written in one transaction, so one fsync acknowledges many reports instead of one. Each caller's
// promise settles only after the transaction holding its statements has committed (or failed), so a report
// is still acknowledged only once it is durable. A failed group is retried one report at a time, so one bad
// report (a reference collision, say) never takes the others down with it.
// With a file database the transactions run on a thread of their own (commit-worker.ts): libSQL blocks the calling
// thread for every statement and fsync, which on the main thread held up every request in flight.
import { Worker } from 'node:worker_threads';
import type { InStatement } from '@libsql/client';
import type { Db } from '../../db/client.ts';
import type { CommitError, CommitReply, CommitRequest } from './commit-worker.ts';
import { mergeInserts } from './merge-inserts.ts';

export interface CommitQueue {
  /** Resolves once `statements` are committed, as one unit, in some transaction. */
  commit(statements: readonly InStatement[]): Promise<void>;
  /** Transactions and reports committed so far (for the bench and tests). */
  stats(): { transactions: number; reports: number; largest: number; thread: boolean };
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
  /** The database's URL: a `file:` database is written from a commit thread; anything else from this thread. */
  url?: string;
}

/** Per report of a group: null when committed, else the error that kept it out. */
type Writer = (groups: (readonly InStatement[])[]) => Promise<unknown[]>;

// Fixed SQL and arguments (api/reports/intake-sql.ts), straight to libSQL: no query builder per report.
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

/** An Error as libSQL raised it in the thread: its code keeps database faults a 503 (api/app.ts). */
function revived(e: CommitError): Error {
  return Object.assign(
    new Error(e.message),
    { name: e.name },
    e.code ? { code: e.code } : {},
    e.rawCode !== undefined ? { rawCode: e.rawCode } : {},
  );
}

function onThread(url: string): Writer {
  let worker: Worker | null = null;
  let nextId = 0;
  const waiting = new Map<number, { done: (r: CommitReply) => void; fail: (err: unknown) => void }>();
  const start = () => {
    const w = new Worker(new URL('./commit-worker.ts', import.meta.url), { workerData: { url } });
    w.on('message', (reply: CommitReply) => {
      waiting.get(reply.id)?.done(reply);
      waiting.delete(reply.id);
      if (waiting.size === 0) w.unref();
    });
    // A thread that dies takes nothing committed with it; what it had not answered fails (never acknowledged).
    const lost = (err: unknown) => {
      if (worker === w) worker = null;
      for (const p of waiting.values()) p.fail(err);
      waiting.clear();
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`commit thread exited (${code})`)));
    return w;
  };
  return (groups) => {
    const statements = groups.map((g) => [...g]);
    worker ??= start();
    worker.ref();
    const id = nextId++;
    const reply = new Promise<CommitReply>((done, fail) => waiting.set(id, { done, fail }));
    worker.postMessage({ id, groups: statements } satisfies CommitRequest);
    return reply.then((r) => r.outcomes.map((e) => (e ? revived(e) : null)));
  };
}

const isFile = (url: string | undefined): url is string => Boolean(url?.startsWith('file:') && !url.includes(':memory:'));

export function createCommitQueue(db: Db, options: CommitQueueOptions): CommitQueue {
  const maxGroup = options.maxGroup ?? 256;
  const thread = options.windowMs > 0 && isFile(options.url);
  const write = thread ? onThread(options.url!) : inThread(db);
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
    stats: () => ({ ...counts, thread }),
  };
}
