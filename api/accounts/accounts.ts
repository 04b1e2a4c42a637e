// The rules of account management, without SQL: what an admin sees of an account, which unit, province or desk
// a role belongs to, and when a new password is refused. The handlers read and write through queries.ts.
import { randomBytes } from 'node:crypto';
import type { z } from '@hono/zod-openapi';
import type { StaffUser } from '../../db/schema.ts';
import { passwordProblem } from '../auth/password.ts';
import type { Account, PasswordChangeInput, ScopeInput } from './schemas.ts';

/** An account as an admin sees it: never its password hash, second-factor secret or recovery codes. */
export type AccountView = z.output<typeof Account>;

export const viewOf = (u: StaffUser): AccountView => ({
  username: u.username,
  role: u.role,
  queueId: u.queueId,
  provinceId: u.provinceId,
  deskId: u.deskId,
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
  totpEnabled: u.totpEnabled,
  createdAt: new Date(u.createdAt).toISOString(),
});

/** A one-time password the admin passes on; the account must change it at first sign-in. */
export const temporaryPassword = () => randomBytes(15).toString('base64url');

export interface AccountScope {
  role: StaffUser['role'];
  queueId: string | null;
  provinceId: string | null;
  deskId: string | null;
}

/** The rows the ids in a scope input name, where they exist (looked up by the handler). */
export interface ScopeLookups {
  queue?: { id: string; provinceId: string | null };
  province?: { id: string };
  desk?: { id: string };
}

/**
 * Partners belong to one desk and no queue; provincial officers to a province; officers and supervisors to a unit
 * (their province follows from it); an admin to a unit or to none. Else: the field the admin must correct.
 */
export function scopeFor(input: ScopeInput, found: ScopeLookups): AccountScope | { missing: 'deskId' | 'provinceId' | 'queueId' } {
  if (input.role === 'partner')
    return found.desk ? { role: input.role, queueId: null, provinceId: null, deskId: found.desk.id } : { missing: 'deskId' };
  if (input.role === 'provincial') {
    return found.province ? { role: input.role, queueId: null, provinceId: found.province.id, deskId: null } : { missing: 'provinceId' };
  }
  if (input.queueId)
    return found.queue
      ? { role: input.role, queueId: found.queue.id, provinceId: found.queue.provinceId, deskId: null }
      : { missing: 'queueId' };
  return input.role === 'admin' ? { role: input.role, queueId: null, provinceId: null, deskId: null } : { missing: 'queueId' };
}

/** Why a new password is refused, as the field and the locales/staff key to show; null when it is accepted. */
export function passwordChangeProblem(
  input: PasswordChangeInput,
  username: string,
  currentIsRight: boolean,
): { field: 'current' | 'next'; key: string } | null {
  if (!currentIsRight) return { field: 'current', key: 'password.wrongCurrent' };
  if (input.next === input.current) return { field: 'next', key: 'password.sameAsOld' };
  if (passwordProblem(input.next, username)) return { field: 'next', key: 'password.weak' };
  return null;
}
