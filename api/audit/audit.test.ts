// GET /api/staff/audit: each account reads the log of the units it oversees, newest first, a page at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, addStaff, enrolTotp } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { appendAudit } from '../kernel/audit-log.ts';

let t: TestApp;
let supervisor: Agent;
let admin: Agent;
type Page = { entries: { id: number; action: string; queueId: string | null; target: string | null }[]; nextBefore: string | null };

beforeAll(async () => {
  t = await createTestApp();
  supervisor = await enrolTotp(t, await addStaff(t, 'supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa'));
  admin = await enrolTotp(t, await addStaff(t, 'admin', null));
  // 130 entries in Peshawar's unit and 5 in Lahore's, written as the console writes them.
  for (let i = 0; i < 130; i++)
    await appendAudit(t.db.$client, {
      staffId: null,
      username: 'someone',
      action: 'queue_viewed',
      target: `peshawar-${i}`,
      queueId: 'cpu-peshawar',
    });
  for (let i = 0; i < 5; i++)
    await appendAudit(t.db.$client, {
      staffId: null,
      username: 'someone',
      action: 'queue_viewed',
      target: `lahore-${i}`,
      queueId: 'cpu-lahore',
    });
});
afterAll(() => t.close());

const page = async (a: Agent, before?: string) => {
  const res = await a.get(`/api/staff/audit${before ? `?before=${before}` : ''}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Page;
};

describe('the audit log', () => {
  it('pages a supervisor through its own unit only, newest first, every entry once', async () => {
    const first = await page(supervisor);
    expect(first.entries).toHaveLength(100);
    expect(first.nextBefore).toBe(String(first.entries.at(-1)!.id));
    const second = await page(supervisor, first.nextBefore!);
    expect(second.nextBefore).toBeNull();
    const all = [...first.entries, ...second.entries];
    expect(all.every((e) => e.queueId === 'cpu-peshawar')).toBe(true);
    const ids = all.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const targets = all.map((e) => e.target).filter((x) => x?.startsWith('peshawar-'));
    expect(new Set(targets).size).toBe(130);
  });

  it('shows an admin without a unit every unit, and records each reading of the log', async () => {
    const before = (await page(admin)).entries;
    expect(before.some((e) => e.queueId === 'cpu-lahore')).toBe(true);
    expect(before.some((e) => e.queueId === 'cpu-peshawar')).toBe(true);
    const after = (await page(admin)).entries;
    // The admin's earlier read is now the newest entry.
    expect(after[0]).toMatchObject({ action: 'audit_viewed' });
  });
});
