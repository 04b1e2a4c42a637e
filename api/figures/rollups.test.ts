// The daily roll-ups answer exactly what a scan of reports answers: on random reports, after random updates of the
// columns they depend on (priority, category, queue, status with its first action / closure times, due time,
// created time, screening) and deletions, and when filled by the migration from rows already stored; the same for
// the wait histograms behind the medians and time to screening (migration 0014), and for open reports by age and
// referrals (migration 0016: referrals made, answered, moved, deleted; reports closed, reopened, transferred, deleted;
// age edges falling exactly on report times).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../db/migrate.ts';
import { referrals, reports, type StaffUser } from '../../db/schema.ts';
import { CATEGORIES, PRIORITIES, REFERRAL_STATUSES, SERVICES } from '../../domain/vocabulary.ts';
import { scanDashboard } from '../../tests/fixtures/dashboard-scan.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { reportScope, scopeOnQueue } from '../kernel/scope.ts';
import { dashboard, openByAge, rangeOfDays } from './aggregates.ts';
import { SCREENING_DEADLINE_MS, timeToScreening } from './screening.ts';
import { AGE_EDGES_DAYS } from './shapes.ts';
import { openByAgeFromRollups } from './snapshots.ts';

const H = 3_600_000;
const DAY = 24 * H;
const pkt = (s: string) => Date.parse(`${s}+05:00`);
const PLACES = [
  { queueId: 'cpu-lahore', provinceId: 'punjab', districtId: 'lahore' },
  { queueId: 'punjab-cpwb', provinceId: 'punjab', districtId: 'okara' },
  { queueId: 'cpu-peshawar', provinceId: 'khyber-pakhtunkhwa', districtId: 'peshawar' },
  { queueId: 'cpu-mardan', provinceId: 'khyber-pakhtunkhwa', districtId: 'mardan' },
  { queueId: 'cpu-hyderabad', provinceId: 'sindh', districtId: 'hyderabad' },
] as const;
const STATUSES = ['new', 'assigned', 'in_progress', 'referred', 'transferred', 'closed'] as const;
const START = pkt('2026-03-01T00:00:00');
const NOW = pkt('2026-04-20T12:00:00');

// A small deterministic generator, so a failure can be replayed with the seed it prints.
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const SEED = Number(process.env.ROLLUP_TEST_SEED ?? Date.now() % 1_000_000);
const random = mulberry32(SEED);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
// Times near Pakistan midnight often, where a UTC day and a Pakistan day disagree.
const someTime = () =>
  START + Math.floor(random() * 50) * DAY + (random() < 0.3 ? 19 * H + Math.floor((random() - 0.5) * 2 * H) : Math.floor(random() * DAY));

/** Status, first action and closure consistent with each other, as staff work would leave them. */
function progress(createdAt: number, dueAt: number) {
  const status = pick(STATUSES);
  const firstActionAt = status === 'new' ? null : createdAt + Math.floor(random() * 2 * (dueAt - createdAt));
  const closedAt = status === 'closed' ? firstActionAt! + Math.floor(random() * 10 * DAY) : null;
  return { status, firstActionAt, closedAt };
}

function randomReport(i: number) {
  const place = pick(PLACES);
  const createdAt = someTime();
  // Some due in the future at NOW: the SLA "pending" count.
  const dueAt = createdAt + (random() < 0.1 ? NOW - createdAt + Math.floor(random() * 5 * DAY) : Math.floor(random() * 7 * DAY));
  return {
    reference: `CP-R${SEED}-${i}`,
    receiptIndex: `rollup-${SEED}-${i}`,
    receiptHash: 'x',
    locale: 'en' as const,
    reporter: 'teacher',
    category: pick(CATEGORIES),
    immediateDanger: false,
    ageBand: '5-9',
    gender: 'girl',
    ...place,
    priority: pick(PRIORITIES),
    dueAt,
    verified: true,
    createdAt,
    updatedAt: createdAt,
    // Screened within the hour or later, or not yet: the time-to-screening figures.
    screenedAt: random() < 0.7 ? createdAt + Math.floor(random() * 3 * H) : null,
    ...progress(createdAt, dueAt),
  };
}

const who = (u: Partial<StaffUser>) => u as StaffUser;
const USERS = [
  who({ role: 'provincial', provinceId: 'punjab' }),
  who({ role: 'provincial', provinceId: 'khyber-pakhtunkhwa' }),
  who({ role: 'supervisor', queueId: 'cpu-lahore' }),
  who({ role: 'supervisor', queueId: 'cpu-hyderabad' }),
];
const RANGES = [
  rangeOfDays('2026-03-01', '2026-04-20'),
  rangeOfDays('2026-03-10', '2026-03-12'),
  rangeOfDays('2026-04-01', '2026-04-01'),
  rangeOfDays('2025-04-21', '2026-04-20'),
  // Exactly one whole month, read from the monthly tables alone.
  rangeOfDays('2026-03-01', '2026-03-31'),
  // March read whole less its first three days (which hold reports), April's first days as days.
  rangeOfDays('2026-03-04', '2026-04-12'),
];

/** Reports that came in exactly at each age edge before NOW, and a millisecond either side of it. */
function reportsAtEdges() {
  return AGE_EDGES_DAYS.flatMap((days, k) =>
    [-1, 0, 1].map((d, j) => ({ ...randomReport(10_000 + k * 3 + j), createdAt: NOW - days * DAY + d, status: 'new' as const })),
  );
}

/** A referral made some time after its report, often near Pakistan midnight, in any state. */
function randomReferral(reportId: number, createdAt: number) {
  const at = createdAt + Math.floor(random() * 5) * DAY + (random() < 0.3 ? 19 * H - Math.floor(random() * H) : Math.floor(random() * DAY));
  return { reportId, service: pick(SERVICES), status: pick(REFERRAL_STATUSES), createdAt: at, updatedAt: at };
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const rows = [...Array.from({ length: 600 }, (_, i) => randomReport(i)), ...reportsAtEdges()];
  for (let i = 0; i < rows.length; i += 100) await t.db.insert(reports).values(rows.slice(i, i + 100));
  // A referral or three for about a third of the reports.
  const made = await t.db.select({ id: reports.id, createdAt: reports.createdAt }).from(reports);
  const refs = made.flatMap((r) =>
    random() < 0.35 ? Array.from({ length: 1 + Math.floor(random() * 3) }, () => randomReferral(r.id, r.createdAt)) : [],
  );
  for (let i = 0; i < refs.length; i += 100) await t.db.insert(referrals).values(refs.slice(i, i + 100));
});
afterAll(() => t.close());

/** "Now" at NOW, and at moments that put an age edge exactly on a report's arrival (and a millisecond either side). */
async function snapshotTimes() {
  const some = (await t.db.select({ createdAt: reports.createdAt }).from(reports)).sort(() => random() - 0.5).slice(0, 6);
  return [NOW, ...some.flatMap((r, i) => [-1, 0, 1].map((d) => r.createdAt + AGE_EDGES_DAYS[i % AGE_EDGES_DAYS.length]! * DAY + d))];
}

async function expectSameAnswers() {
  for (const user of USERS) {
    for (const now of await snapshotTimes()) {
      const on = (queueId: Parameters<typeof scopeOnQueue>[1]) => scopeOnQueue(user, queueId);
      const rolled = await openByAgeFromRollups(t.db, on, reportScope(user), now);
      expect(rolled, `seed ${SEED}, ${user.role} ${user.provinceId ?? user.queueId}, open by age at ${now}`).toEqual(
        await openByAge(t.db, reportScope(user), now),
      );
    }
    for (const range of RANGES) {
      const scan = await scanDashboard(t.db, reportScope(user), range, NOW);
      const rolled = await dashboard(t.db, reportScope(user), range, NOW, undefined, (queueId) => scopeOnQueue(user, queueId));
      expect(rolled, `seed ${SEED}, ${user.role} ${user.provinceId ?? user.queueId}, ${range.fromDay}..${range.toDay}`).toEqual(scan);
    }
  }
}

describe('daily roll-ups', () => {
  it('answer as the scan does on random reports', async () => {
    const f = await scanDashboard(t.db, reportScope(USERS[0]!), RANGES[0]!, NOW);
    expect(f.total).toBeGreaterThan(100);
    await expectSameAnswers();
  });

  it('still answer as the scan does after random updates and deletions', async () => {
    const ids = (await t.db.select({ id: reports.id, createdAt: reports.createdAt, dueAt: reports.dueAt }).from(reports)).sort(
      () => random() - 0.5,
    );
    for (const [k, r] of ids.slice(0, 300).entries()) {
      const change = k % 6;
      const set =
        change === 0
          ? { priority: pick(PRIORITIES) }
          : // Screened, screened again later, or made unscreened by a reporter's message.
            change === 1
            ? { category: pick(CATEGORIES), screenedAt: random() < 0.3 ? null : r.createdAt + Math.floor(random() * 3 * H) }
            : // A transfer: the queue changes (sometimes into another province), the report's district does not.
              change === 2
              ? { queueId: pick(PLACES).queueId, status: 'transferred' as const }
              : change === 3
                ? progress(r.createdAt, r.dueAt)
                : change === 4
                  ? { dueAt: r.createdAt + Math.floor(random() * 60 * DAY), priority: pick(PRIORITIES) }
                  : { createdAt: someTime() };
      await t.db.update(reports).set(set).where(eq(reports.id, r.id));
    }
    // Referrals answered by their desk, re-dated, moved to another report or withdrawn; new ones made.
    const refs = (await t.db.select({ id: referrals.id, createdAt: referrals.createdAt }).from(referrals)).sort(() => random() - 0.5);
    for (const [k, f] of refs.slice(0, 120).entries()) {
      const set =
        k % 4 === 0
          ? { status: pick(REFERRAL_STATUSES) }
          : k % 4 === 1
            ? { createdAt: f.createdAt + Math.floor((random() - 0.5) * 2 * DAY), service: pick(SERVICES) }
            : k % 4 === 2
              ? { reportId: pick(ids).id }
              : null;
      if (set) await t.db.update(referrals).set(set).where(eq(referrals.id, f.id));
      else await t.db.delete(referrals).where(eq(referrals.id, f.id));
    }
    for (const r of ids.slice(320, 360)) await t.db.insert(referrals).values(randomReferral(r.id, r.createdAt));
    // A report with referrals cannot be deleted (foreign keys): its referrals go first, as they would.
    for (const r of ids.slice(300, 320)) {
      await t.db.delete(referrals).where(eq(referrals.reportId, r.id));
      await t.db.delete(reports).where(eq(reports.id, r.id));
    }
    // An update that changes nothing a roll-up depends on leaves them as they were.
    await t.db.update(reports).set({ updatedAt: NOW }).where(eq(reports.id, ids[0]!.id));
    await expectSameAnswers();
  });

  it('leave time to screening as counted one report at a time', async () => {
    const all = await t.db
      .select({ queueId: reports.queueId, createdAt: reports.createdAt, priority: reports.priority, screenedAt: reports.screenedAt })
      .from(reports);
    const provinceOf = new Map(PLACES.map((p) => [p.queueId as string, p.provinceId as string]));
    for (const user of USERS) {
      for (const range of RANGES) {
        const mine = all.filter(
          (r) =>
            (user.role === 'provincial' ? provinceOf.get(r.queueId) === user.provinceId : r.queueId === user.queueId) &&
            r.createdAt >= range.from &&
            r.createdAt < range.to,
        );
        const expected = PRIORITIES.map((priority) => {
          const of = mine.filter((r) => r.priority === priority);
          const waits = of.flatMap((r) => (r.screenedAt === null ? [] : [r.screenedAt - r.createdAt])).sort((a, b) => a - b);
          const m = waits.length;
          return {
            priority,
            total: of.length,
            screened: m,
            withinDeadline: waits.filter((w) => w <= SCREENING_DEADLINE_MS).length,
            medianMs: m === 0 ? null : Math.round((waits[Math.floor((m - 1) / 2)]! + waits[Math.floor(m / 2)]!) / 2),
            p90Ms: m === 0 ? null : waits[Math.ceil(0.9 * m) - 1]!,
          };
        });
        expect((await timeToScreening(t.db, reportScope(user), range)).byPriority, `seed ${SEED}`).toEqual(expected);
      }
    }
  });

  it('are filled by the migration from reports already stored', async () => {
    const snapshot = async () => ({
      daily: await t.db.all(sql`select * from report_daily order by 1, 2, 3`),
      category: await t.db.all(sql`select * from report_daily_category order by 1, 2, 3`),
      district: await t.db.all(sql`select * from report_daily_district order by 1, 2, 3, 4`),
      waitsDaily: await t.db.all(sql`select * from report_wait_daily order by 1, 2, 3, 4`),
      waitsMonthly: await t.db.all(sql`select * from report_wait_monthly order by 1, 2, 3, 4`),
      open: await t.db.all(sql`select * from report_open_daily order by 1, 2`),
      referrals: await t.db.all(sql`select * from referral_daily order by 1, 2, 3, 4`),
      referralsMonthly: await t.db.all(sql`select * from referral_monthly order by 1, 2, 3, 4`),
      categoryMonthly: await t.db.all(sql`select * from report_monthly_category order by 1, 2, 3`),
      districtMonthly: await t.db.all(sql`select * from report_monthly_district order by 1, 2, 3, 4`),
    });
    const kept = await snapshot();
    expect(kept.daily.length).toBeGreaterThan(0);
    const fills = readFileSync(join(migrationsFolder, '0010_report_daily_triggers.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => s.startsWith('INSERT INTO report_daily'));
    expect(fills).toHaveLength(3);
    await t.db.run(sql`delete from report_daily`);
    await t.db.run(sql`delete from report_daily_category`);
    await t.db.run(sql`delete from report_daily_district`);
    for (const fill of fills) await t.db.run(sql.raw(fill));
    // The wait histograms (migration 0014) likewise: kept by their triggers through the updates above, equal to a fill.
    expect(kept.waitsDaily.length).toBeGreaterThan(0);
    const waitFills = readFileSync(join(migrationsFolder, '0014_wait_histogram_triggers.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => s.startsWith('INSERT INTO report_wait'));
    expect(waitFills).toHaveLength(2);
    await t.db.run(sql`delete from report_wait_daily`);
    await t.db.run(sql`delete from report_wait_monthly`);
    for (const fill of waitFills) await t.db.run(sql.raw(fill));
    // Open reports by day, referrals and the monthly category and district tables (migration 0016).
    expect(kept.open.length).toBeGreaterThan(0);
    expect(kept.referrals.length).toBeGreaterThan(0);
    const snapshotFills = readFileSync(join(migrationsFolder, '0016_snapshot_rollups.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim())
      .filter((s) => /^INSERT INTO (report_open_daily|referral_|report_monthly_)/.test(s));
    expect(snapshotFills).toHaveLength(5);
    for (const table of ['report_open_daily', 'referral_daily', 'referral_monthly', 'report_monthly_category', 'report_monthly_district'])
      await t.db.run(sql.raw(`delete from ${table}`));
    for (const fill of snapshotFills) await t.db.run(sql.raw(fill));
    expect(await snapshot()).toEqual(kept);
  });
});
