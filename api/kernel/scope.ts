// Which queues an account may see. Enforced in every query (a report outside scope is a 404).
import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../db/client.ts';
import { queues, reports, type StaffUser } from '../../db/schema.ts';
import { type Capability, ROLE_CAPABILITIES } from '../../domain/vocabulary.ts';

/** The ids of the queues this account may see: what audit, alerts, case, dashboard and partner read by. */
export async function queueIdsInScope(db: Db, user: StaffUser): Promise<string[]> {
  return (await db.select({ id: queues.id }).from(queues).where(queueScope(user))).map((q) => q.id);
}

/** A condition on `reports` limiting rows to this account's scope. */
export function reportScope(user: StaffUser): SQL {
  return scopeOnQueue(user, reports.queueId);
}

/** The same scope on any table's queue column (the dashboard roll-ups are kept per queue, like reports). */
export function scopeOnQueue(user: StaffUser, queueId: AnySQLiteColumn): SQL {
  switch (user.role) {
    case 'officer':
    case 'supervisor':
      return user.queueId ? eq(queueId, user.queueId) : sql`0`;
    case 'provincial':
      return user.provinceId ? inArray(queueId, queueIdsInProvince(user.provinceId)) : sql`0`;
    case 'admin':
      // Admins manage accounts; they see report content only when also given a queue.
      return user.queueId ? eq(queueId, user.queueId) : sql`0`;
    case 'partner':
    case 'helpline':
      // A desk sees referrals (api/partner), a call-taker records and relays (api/intake): neither opens a report.
      return sql`0`;
  }
}

/** A condition on `queues` limiting rows to this account's scope. */
export function queueScope(user: StaffUser): SQL {
  switch (user.role) {
    case 'provincial':
      return user.provinceId ? eq(queues.provinceId, user.provinceId) : sql`0`;
    case 'partner':
    case 'helpline':
      return sql`0`;
    default:
      return user.queueId ? eq(queues.id, user.queueId) : sql`0`;
  }
}

function queueIdsInProvince(provinceId: string) {
  return sql`(select ${queues.id} from ${queues} where ${queues.provinceId} = ${provinceId})`;
}

/**
 * The provinces an account may record reports for (POST /api/staff/intake) and relay for: a call-taker's or a provincial
 * account's province, an officer's or supervisor's unit's province (their unit's districts only: `intakeQueue`).
 */
export function intakeProvince(user: Pick<StaffUser, 'role' | 'queueId' | 'provinceId'>): string | null {
  return user.provinceId;
}

/**
 * What this account may do: its role's capabilities (domain/vocabulary.ts), narrowed by its scope (a dashboard
 * needs a unit or a province to show). `GET /api/staff/me` returns it so the console never re-decides.
 */
export function capabilitiesOf(user: Pick<StaffUser, 'role' | 'queueId' | 'provinceId'>): Record<Capability, boolean> {
  const can = { ...ROLE_CAPABILITIES[user.role] };
  can.viewDashboard &&= Boolean(user.role === 'provincial' ? user.provinceId : user.queueId);
  return can;
}
