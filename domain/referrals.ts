// When a referral is late: the one rule the queue, the case view, the partner desk and the dashboard share.
import type { ReferralStatus } from './vocabulary.ts';

/** The statuses in which a referral still waits for its desk (requested, or accepted and not completed). */
export const WAITING_REFERRAL_STATUSES: readonly ReferralStatus[] = ['requested', 'accepted'];

/** A referral still waiting for its desk's answer past its deadline. */
export function isReferralOverdue(r: { status: string; dueAt: number | null }, now: number): boolean {
  return r.dueAt !== null && r.dueAt < now && (WAITING_REFERRAL_STATUSES as readonly string[]).includes(r.status);
}
