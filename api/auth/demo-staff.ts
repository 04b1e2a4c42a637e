// Demo staff accounts for a development machine (never in production): api/server.ts creates them at start.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.ts';
import { staffUsers } from '../../db/schema.ts';
import type { Role } from '../../domain/vocabulary.ts';
import { hashPassword } from './password.ts';

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
      .onConflictDoUpdate({ target: staffUsers.username, set: { passwordHash, disabled: false } });
    accounts.push({ ...account, password });
  }
  return accounts;
}
