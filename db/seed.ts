// Reference data (provinces, districts, queues) from content/directory/, and demo staff outside production.
// Every step is an upsert, so starting twice changes nothing and editing the directory changes the routing.
import { randomBytes } from 'node:crypto';
import { notInArray, sql } from 'drizzle-orm';
import { hashPassword } from '../api/auth/password.ts';
import { forgetQueues } from '../api/reports/queries.ts';
import type { Directory } from '../directory/routing.ts';
import type { Role } from '../domain/vocabulary.ts';
import type { Db } from './client.ts';
import { districts, provinces, queues, staffUsers } from './schema.ts';

export async function seedReference(db: Db, directory: Directory): Promise<void> {
  const excluded = (col: string) => sql.raw(`excluded.${col}`);
  const statements = [
    ...directory.queues.map((q) =>
      db
        .insert(queues)
        .values({
          id: q.id,
          kind: q.kind,
          names: q.name,
          provinceId: q.provinceId,
          districtId: q.districtId,
          evidence: q.evidence,
          active: true,
        })
        .onConflictDoUpdate({
          target: queues.id,
          set: {
            kind: excluded('kind'),
            names: excluded('names'),
            provinceId: excluded('province_id'),
            districtId: excluded('district_id'),
            evidence: excluded('evidence'),
            active: true,
          },
        }),
    ),
    // A queue dropped from the file keeps its reports but takes no new ones.
    db
      .update(queues)
      .set({ active: false })
      .where(
        notInArray(
          queues.id,
          directory.queues.map((q) => q.id),
        ),
      ),
    ...directory.provinces.map((p, i) =>
      db
        .insert(provinces)
        .values({ id: p.id, names: p.name, sort: i })
        .onConflictDoUpdate({ target: provinces.id, set: { names: excluded('names'), sort: excluded('sort') } }),
    ),
    ...directory.provinces.flatMap((p) =>
      p.districts.map((d) =>
        db
          .insert(districts)
          .values({ provinceId: p.id, id: d.id, names: d.name, queueId: d.queueId })
          .onConflictDoUpdate({
            target: [districts.provinceId, districts.id],
            set: { names: excluded('names'), queueId: excluded('queue_id') },
          }),
      ),
    ),
  ];
  await db.batch(statements as [(typeof statements)[number], ...(typeof statements)[number][]]);
  // Intake keeps a copy of the routing table (api/reports/queries.ts): the next report must read this one.
  forgetQueues(db);
}

export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  queueId: string | null;
  provinceId: string | null;
}

const DEMO_ACCOUNTS: Omit<DemoAccount, 'password'>[] = [
  { username: 'demo.officer.peshawar', role: 'officer', queueId: 'cpu-peshawar', provinceId: 'khyber-pakhtunkhwa' },
  { username: 'demo.officer.lahore', role: 'officer', queueId: 'cpu-lahore', provinceId: 'punjab' },
  { username: 'demo.supervisor.peshawar', role: 'supervisor', queueId: 'cpu-peshawar', provinceId: 'khyber-pakhtunkhwa' },
  { username: 'demo.provincial.kp', role: 'provincial', queueId: null, provinceId: 'khyber-pakhtunkhwa' },
  { username: 'demo.admin', role: 'admin', queueId: null, provinceId: null },
];

/** Demo accounts for a development machine: created once, given fresh passwords at every start (printed by the server). */
export async function seedDemoStaff(db: Db): Promise<DemoAccount[]> {
  const accounts: DemoAccount[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const password = randomBytes(12).toString('base64url');
    const passwordHash = await hashPassword(password);
    await db
      .insert(staffUsers)
      .values({ ...account, passwordHash, demo: true })
      .onConflictDoUpdate({ target: staffUsers.username, set: { passwordHash, failedLogins: 0, lockedUntil: null, disabled: false } });
    accounts.push({ ...account, password });
  }
  return accounts;
}
