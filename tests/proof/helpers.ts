// Small helpers shared by the proof tests: a valid report and a bounded-concurrency burst over real HTTP.
import { createClient } from '@libsql/client';

export function reportBody(i: number, overrides: Record<string, unknown> = {}) {
  return {
    locale: i % 2 ? 'ur' : 'en',
    reporter: 'neighbour_or_community',
    category: 'neglect',
    immediateDanger: false,
    child: { ageBand: '10-13', gender: 'girl' },
    location: { province: i % 3 ? 'punjab' : 'khyber-pakhtunkhwa', district: i % 3 ? 'lahore' : 'peshawar' },
    description: `The girl next door has not eaten for days and is kept home from school (${i}).`,
    ...overrides,
  };
}

export interface Ack {
  status: number;
  reference?: string;
  receipt?: string;
  body?: unknown;
}

export async function submit(url: string, body: unknown, headers: Record<string, string> = {}, timeoutMs = 15_000): Promise<Ack> {
  try {
    const res = await fetch(`${url}/api/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = (await res.json().catch(() => null)) as { reference?: string; receipt?: string } | null;
    return { status: res.status, reference: json?.reference, receipt: json?.receipt, body: json };
  } catch {
    // Connection reset or refused (the server was killed mid-request): not acknowledged.
    return { status: 0 };
  }
}

/** Sends `count` reports with `concurrency` in flight; `onAck` may stop the burst by returning false. */
export async function burst(url: string, count: number, concurrency: number, onAck?: (ack: Ack, done: number) => void): Promise<Ack[]> {
  const acks: Ack[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const ack = await submit(url, reportBody(i));
        acks.push(ack);
        onAck?.(ack, acks.length);
      }
    }),
  );
  return acks;
}

export async function readDb(dbFile: string) {
  const client = createClient({ url: `file:${dbFile}` });
  try {
    const references = new Set((await client.execute('SELECT reference FROM reports')).rows.map((r) => String(r.reference)));
    const integrity = (await client.execute('PRAGMA integrity_check')).rows.map((r) => String(r[0]));
    return { references, integrity };
  } finally {
    client.close();
  }
}
