// Medians and "within the deadline" from the wait histograms are exact: the same as sorting every wait, on random
// waits piled into few buckets (many equal and neighbouring values), with deadlines on and between bucket edges.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../bench/seed-reports.ts';
import { reports, type StaffUser } from '../../db/schema.ts';
import { PRIORITIES } from '../../domain/vocabulary.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { reportScope, scopeOnQueue } from '../kernel/scope.ts';
import { medianTimes, rangeOfDays } from './aggregates.ts';
import { mediansFromRollups, screeningFromRollups } from './rollups.ts';
import { timeToScreening } from './screening.ts';
import { splitRange } from './waits.ts';

const MIN = 60_000;
const SEED = Number(process.env.WAITS_TEST_SEED ?? Date.now() % 1_000_000);
const random = mulberry32(SEED);
const pkt = (s: string) => Date.parse(`${s}+05:00`);
const START = pkt('2026-01-20T00:00:00');
const DAYS = 120;

describe('splitRange', () => {
  it('reads whole months from the monthly histograms, a partial month whole less its few days outside, else its days', () => {
    // A year ending on the 26th: November 2026 whole, less the 4 days after the range; the first month's 5 days as days.
    expect(splitRange('2025-11-26', '2026-11-26')).toEqual({
      months: ['2025-12', '2026-11'],
      days: [['2025-11-26', '2025-11-30']],
      minus: [['2026-11-27', '2026-11-30']],
    });
    expect(splitRange('2026-01-01', '2026-03-31')).toEqual({ months: ['2026-01', '2026-03'], days: [], minus: [] });
    expect(splitRange('2026-02-01', '2026-02-28')).toEqual({ months: ['2026-02', '2026-02'], days: [], minus: [] });
    expect(splitRange('2026-02-02', '2026-02-27')).toEqual({
      months: ['2026-02', '2026-02'],
      days: [],
      minus: [
        ['2026-02-01', '2026-02-01'],
        ['2026-02-28', '2026-02-28'],
      ],
    });
    expect(splitRange('2026-02-10', '2026-02-12')).toEqual({ months: null, days: [['2026-02-10', '2026-02-12']], minus: [] });
    expect(splitRange('2026-01-25', '2026-02-05')).toEqual({
      months: null,
      days: [
        ['2026-01-25', '2026-01-31'],
        ['2026-02-01', '2026-02-05'],
      ],
      minus: [],
    });
    expect(splitRange('2024-02-10', '2024-03-31')).toEqual({
      months: ['2024-02', '2024-03'],
      days: [],
      minus: [['2024-02-01', '2024-02-09']],
    });
  });

  it('covers every day of the range once and nothing else, for random ranges', () => {
    const DAY = 86_400_000;
    const dayList = (a: string, b: string) => {
      const out: string[] = [];
      for (let t = Date.parse(a); t <= Date.parse(b); t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
      return out;
    };
    for (let i = 0; i < 500; i++) {
      const from = Date.parse('2023-12-01') + Math.floor(random() * 800) * DAY;
      const to = from + Math.floor(random() * (random() < 0.5 ? 40 : 400)) * DAY;
      const [a, b] = [from, to].map((t) => new Date(t).toISOString().slice(0, 10)) as [string, string];
      const split = splitRange(a, b);
      const count = new Map<string, number>();
      const add = (d: string, k: number) => count.set(d, (count.get(d) ?? 0) + k);
      if (split.months) {
        const [y, m] = split.months[1].split('-').map(Number) as [number, number];
        const lastDay = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
        for (const d of dayList(`${split.months[0]}-01`, lastDay)) add(d, 1);
      }
      for (const [x, y] of split.days) for (const d of dayList(x, y)) add(d, 1);
      for (const [x, y] of split.minus) for (const d of dayList(x, y)) add(d, -1);
      const covered = [...count].filter(([, k]) => k !== 0);
      expect(
        covered.every(([, k]) => k === 1),
        `seed ${SEED}, ${a}..${b}`,
      ).toBe(true);
      expect(covered.map(([d]) => d).sort(), `seed ${SEED}, ${a}..${b}`).toEqual(dayList(a, b));
    }
  });
});

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  // Waits from a few heavy spikes (equal values, one bucket) and a long tail, in two queues of Punjab and one of KP.
  const wait = () =>
    random() < 0.4
      ? [7 * MIN, 59 * MIN + 30_000, 3 * 60 * MIN][Math.floor(random() * 3)]! + Math.floor(random() * 3)
      : Math.floor(Math.exp(random() * 16));
  const places = [
    { queueId: 'cpu-lahore', provinceId: 'punjab', districtId: 'lahore' },
    { queueId: 'punjab-cpwb', provinceId: 'punjab', districtId: 'okara' },
    { queueId: 'cpu-peshawar', provinceId: 'khyber-pakhtunkhwa', districtId: 'peshawar' },
  ];
  // The first report of each place falls inside the shortest range with both waits, so no range compares two empty
  // answers only (about 1 seed in 50 left the two-day range empty for one unit).
  const rows = Array.from({ length: 900 }, (_, i) => {
    const fixed = i < places.length;
    const createdAt = fixed ? pkt('2026-02-10T12:00:00') + i : START + Math.floor(random() * DAYS * 86_400_000);
    const acted = fixed || random() < 0.8 ? createdAt + wait() : null;
    return {
      reference: `CP-W${SEED}-${i}`,
      receiptIndex: `waits-${SEED}-${i}`,
      receiptHash: 'x',
      locale: 'en' as const,
      reporter: 'teacher',
      category: 'neglect',
      immediateDanger: false,
      ageBand: '5-9',
      gender: 'girl',
      ...places[i % places.length]!,
      priority: PRIORITIES[Math.floor(random() * PRIORITIES.length)]!,
      dueAt: createdAt + 3_600_000,
      verified: true,
      createdAt,
      updatedAt: createdAt,
      screenedAt: random() < 0.85 ? createdAt + wait() : null,
      firstActionAt: acted,
      closedAt: acted !== null && (fixed || random() < 0.5) ? acted + wait() : null,
      status: acted === null ? ('new' as const) : ('in_progress' as const),
    };
  });
  for (let i = 0; i < rows.length; i += 100) await t.db.insert(reports).values(rows.slice(i, i + 100));
});
afterAll(() => t.close());

const who = (u: Partial<StaffUser>) => u as StaffUser;
const USERS = [who({ role: 'provincial', provinceId: 'punjab' }), who({ role: 'supervisor', queueId: 'cpu-peshawar' })];
const RANGES = [
  rangeOfDays('2026-01-20', '2026-05-19'),
  rangeOfDays('2026-02-01', '2026-03-31'),
  rangeOfDays('2026-02-10', '2026-02-11'),
  rangeOfDays('2026-01-25', '2026-04-03'),
];
// On a bucket edge (60 min), inside a spike's bucket (59.5 min + a few ms), between whole minutes, and fractional.
const DEADLINES = [60 * MIN, 59 * MIN + 30_001, 7 * MIN + 1, 0.015 * MIN, 3 * 60 * MIN];

describe('medians from the wait histograms', () => {
  it('equal the medians of every wait sorted, for first action and closure', async () => {
    for (const user of USERS) {
      for (const range of RANGES) {
        const on = (q: Parameters<typeof scopeOnQueue>[1]) => scopeOnQueue(user, q);
        const exact = await medianTimes(t.db, reportScope(user), range);
        expect(exact.firstAction.n + exact.closure.n).toBeGreaterThan(0);
        expect(await mediansFromRollups(t.db, on, reportScope(user), range), `seed ${SEED} ${range.fromDay}..${range.toDay}`).toEqual(
          exact,
        );
      }
    }
  });

  it('give time to screening as the scan counts it, against deadlines on and between bucket edges', async () => {
    for (const user of USERS) {
      for (const range of RANGES) {
        const on = (q: Parameters<typeof scopeOnQueue>[1]) => scopeOnQueue(user, q);
        for (const deadline of DEADLINES) {
          const exact = await timeToScreening(t.db, reportScope(user), range, deadline);
          expect(
            await screeningFromRollups(t.db, on, reportScope(user), range, deadline),
            `seed ${SEED} ${range.fromDay}..${range.toDay} ${deadline}`,
          ).toEqual(exact);
        }
      }
    }
  });
});
