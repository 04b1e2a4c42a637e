// Where an account may record and relay: a call-taker or a provincial officer for any district of its province, a
// unit's staff for the districts their unit receives (ROLE_SCOPE in domain/vocabulary.ts says which an account has).
import type { Queue, Report, StaffUser } from '../../db/schema.ts';
import { ROLE_SCOPE } from '../../domain/vocabulary.ts';

export function mayRecordFor(user: StaffUser, province: string, queue: Pick<Queue, 'id'>): boolean {
  if (ROLE_SCOPE[user.role] === 'province') return user.provinceId !== null && user.provinceId === province;
  return user.queueId !== null && user.queueId === queue.id;
}

/** A report found by its receipt: in scope when its queue is the account's unit, or in the account's province. */
export function mayRelayFor(user: StaffUser, report: Pick<Report, 'queueId'>, queue: Pick<Queue, 'provinceId'> | undefined): boolean {
  if (ROLE_SCOPE[user.role] === 'province') return user.provinceId !== null && queue?.provinceId === user.provinceId;
  return user.queueId !== null && user.queueId === report.queueId;
}
