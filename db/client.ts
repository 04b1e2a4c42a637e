import { type Client, createClient } from '@libsql/client';
import { drizzle, type LibSQLDatabase } from 'drizzle-orm/libsql';
import * as schema from './schema.ts';

export type Db = LibSQLDatabase<typeof schema> & { $client: Client };

export interface DbHandle {
  db: Db;
  client: Client;
  close(): void;
}

/**
 * Opens the database. For `file:` URLs this sets WAL and a busy timeout: without both,
 * two processes writing one file can leave a connection stuck in a failed transaction
 * that keeps acknowledging writes it never commits (github.com/tursodatabase/libsql-client-ts/issues/352).
 * libSQL's defaults already give synchronous=FULL and foreign_keys=ON on every pooled connection.
 */
export async function createDb(url: string, authToken?: string): Promise<DbHandle> {
  const client = createClient({ url, authToken, timeout: 5000 });
  if (url.startsWith('file:')) {
    // Switching a new file to WAL needs a moment alone with it; another process starting at the same time may hold it.
    for (let attempt = 0; ; attempt++) {
      try {
        await client.execute('PRAGMA journal_mode=WAL');
        break;
      } catch (err) {
        if (attempt >= 8 || !/SQLITE_BUSY|database is locked/i.test(String(err))) throw err;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.floor(Math.random() * 200)));
      }
    }
  }
  const db = drizzle(client, { schema }) as Db;
  return { db, client, close: () => client.close() };
}
