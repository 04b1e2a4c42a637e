// The partner feature's SQL: plain functions of the database and their arguments.
import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { referrals, reportEvents, reports } from '../../db/schema.ts';
import type { ReferralStatus } from '../../domain/vocabulary.ts';

// Referrals still waiting for the desk: not yet answered, or accepted and not completed.
const OPEN: ReferralStatus[] = ['requested', 'accepted'];
const LIST_LIMIT = 200;

/** The desk's referrals with the least a service needs of each report (nothing the reporter wrote), most urgent first. */
export async function referralsForDesk(db: Db, deskId: string, status: 'open' | 'all' | ReferralStatus) {
  const where: SQL[] = [eq(referrals.deskId, deskId)];
  if (status === 'open') where.push(inArray(referrals.status, OPEN));
  else if (status !== 'all') where.push(eq(referrals.status, status));
  return db
    .select({
      id: referrals.id,
      service: referrals.service,
      status: referrals.status,
      noteCt: referrals.noteCt,
      dueAt: referrals.dueAt,
      createdAt: referrals.createdAt,
      updatedAt: referrals.updatedAt,
      reference: reports.reference,
      category: reports.category,
      priority: reports.priority,
      ageBand: reports.ageBand,
      gender: reports.gender,
      district: reports.districtId,
    })
    .from(referrals)
    .innerJoin(reports, eq(reports.id, referrals.reportId))
    .where(and(...where))
    .orderBy(asc(reports.priority), asc(referrals.dueAt), desc(referrals.id))
    .limit(LIST_LIMIT);
}

/** A referral with its report's id, reference and queue. */
export async function referralWithReport(db: Db, referralId: number) {
  return db
    .select({ referral: referrals, reportId: reports.id, reference: reports.reference, queueId: reports.queueId })
    .from(referrals)
    .innerJoin(reports, eq(reports.id, referrals.reportId))
    .where(eq(referrals.id, referralId))
    .get();
}

/** The desk's answer: the referral's new status and the report's history entry, in one batch. */
export async function recordAnswer(
  db: Db,
  a: { referralId: number; reportId: number; staffId: number; status: ReferralStatus; data: Record<string, unknown>; at: number },
) {
  await db.batch([
    db.update(referrals).set({ status: a.status, updatedAt: a.at }).where(eq(referrals.id, a.referralId)),
    db
      .insert(reportEvents)
      .values({ reportId: a.reportId, at: a.at, staffId: a.staffId, type: 'update_referral', data: JSON.stringify(a.data) }),
  ]);
}
