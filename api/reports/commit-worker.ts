// The thread that writes grouped reports (api/reports/commit-queue.ts). libSQL runs a statement, and the fsync of a
// COMMIT, synchronously on the thread that calls it: on the server's main thread every group commit stopped HTTP
// parsing, validation and triage for the length of an fsync (5–16 ms on a shared disk). Here it blocks only this
// thread, on its own connection to the same file (WAL: one writer at a time, readers never wait).
import { parentPort, workerData } from 'node:worker_threads';
import { createClient, type InStatement } from '@libsql/client';
import { mergeInserts } from './merge-inserts.ts';

export interface CommitRequest {
  id: number;
  /** Each report's statements; all of them go in one transaction. */
  groups: InStatement[][];
}
export interface CommitError {
  name: string;
  message: string;
  code?: string;
  rawCode?: number;
}
export interface CommitReply {
  id: number;
  /** Per group: null when committed, else why it was not. */
  outcomes: (CommitError | null)[];
}

const client = createClient({ url: (workerData as { url: string }).url, timeout: 5000 });

function explained(err: unknown): CommitError {
  const e = err as { name?: string; message?: string; code?: unknown; rawCode?: unknown };
  return {
    name: String(e?.name ?? 'Error'),
    message: String(e?.message ?? err),
    ...(typeof e?.code === 'string' ? { code: e.code } : {}),
    ...(typeof e?.rawCode === 'number' ? { rawCode: e.rawCode } : {}),
  };
}

async function commit(groups: InStatement[][]): Promise<(CommitError | null)[]> {
  try {
    await client.batch(mergeInserts(groups), 'write');
    return groups.map(() => null);
  } catch (err) {
    if (groups.length === 1) return [explained(err)];
    // The transaction rolled back as a whole: each report gets its own transaction and its own outcome.
    const outcomes: (CommitError | null)[] = [];
    for (const group of groups) {
      try {
        await client.batch(group, 'write');
        outcomes.push(null);
      } catch (one) {
        outcomes.push(explained(one));
      }
    }
    return outcomes;
  }
}

// One request at a time, in arrival order: the port delivers messages in order and each waits for the last.
let chain = Promise.resolve();
parentPort!.on('message', (request: CommitRequest) => {
  chain = chain.then(async () => parentPort!.postMessage({ id: request.id, outcomes: await commit(request.groups) } satisfies CommitReply));
});
