// The public statistics through the real app and a real SQLite file: the JSON's shape, errors in the reader's
// language, and the test: a province with 3 reports in a month is neither shown nor derivable from
// anything published (totals, other periods, shares, medians).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districts, provinces, queues } from '../../db/schema.ts';
import { loadDirectory } from '../../directory/routing.ts';
import { LANGS } from '../../domain/languages.ts';
import { resources } from '../../locales/index.ts';
import { createAnswerPages } from '../../site/render/answers.tsx';
import { SLOT_END, SLOT_START } from '../../site/render/shell.ts';
import { seedReport } from '../../tests/fixtures/dashboard-seed.ts';
import { tagsWith } from '../../tests/fixtures/html-tags.ts';
import { recoverable } from '../../tests/fixtures/linear-attack.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { arabicOnlyLetters } from '../../tests/site/urdu-text.ts';
import { createApp } from '../app.ts';
import { medianTimes, pktDay, rangeOfDays } from '../figures/aggregates.ts';
import { loadStaticSite } from '../middleware/static-site.ts';
import { dailyCache } from './daily-cache.ts';
import { histogramMedian, lastCompleteMonth, type PublicStatistics, periodOf } from './figures.ts';
import { checkPeriod } from './period.ts';
import { StatisticsBody } from './routes.ts';

const H = 3600_000;
const pkt = (s: string) => Date.parse(`${s}+05:00`);
let t: TestApp;
const places: { province: string; district: string; queue: string }[] = [];
const districtIds = new Set<string>();

// Reports per province: March has Gilgit-Baltistan at 3 (every other province at 5 or more, so its 3 would be the
// month total minus the rest); April has every province at 5 or more.
const MARCH: Record<string, number> = {
  punjab: 8,
  sindh: 6,
  'khyber-pakhtunkhwa': 7,
  balochistan: 5,
  islamabad: 5,
  'azad-kashmir': 5,
  'gilgit-baltistan': 3,
};
const APRIL: Record<string, number> = {
  punjab: 9,
  sindh: 5,
  'khyber-pakhtunkhwa': 6,
  balochistan: 5,
  islamabad: 7,
  'azad-kashmir': 5,
  'gilgit-baltistan': 5,
};

beforeAll(async () => {
  t = await createTestApp();
  const provs = await t.db.select().from(provinces).orderBy(asc(provinces.sort));
  for (const p of provs) {
    const d = (await t.db.select().from(districts).where(eq(districts.provinceId, p.id)).orderBy(asc(districts.id)).limit(2).all()).find(
      (x) => x.id !== 'unknown',
    )!;
    const q = (await t.db.select().from(queues).where(eq(queues.provinceId, p.id)).limit(1).get())!;
    places.push({ province: p.id, district: d.id, queue: q.id });
    districtIds.add(d.id);
  }
  const seedMonth = async (month: string, counts: Record<string, number>) => {
    for (const place of places) {
      for (let i = 0; i < counts[place.province]!; i++) {
        const gb = place.province === 'gilgit-baltistan' && month === '2026-03';
        await seedReport(t.db, {
          queueId: place.queue,
          provinceId: place.province,
          districtId: place.district,
          createdAt: pkt(`${month}-${String(2 + i).padStart(2, '0')}T10:00:00`),
          // The three reports of Gilgit-Baltistan in March are the only P4 reports: P4's share and median rest on them alone.
          priority: gb ? 'P4' : i % 2 ? 'P2' : 'P3',
          dueInMs: gb ? 7 * 24 * H : i % 2 ? 24 * H : 72 * H,
          firstActionAfterMs: gb ? 100 * H : (i + 1) * H,
          // Three referrals to birth registration, all in March and all from those reports; shelter referrals elsewhere.
          referrals: gb
            ? [{ service: 'birth_registration', status: 'completed' }]
            : i < 2
              ? [{ service: 'shelter', status: i ? 'accepted' : 'completed' }]
              : [],
        });
      }
    }
  };
  await seedMonth('2026-03', MARCH);
  await seedMonth('2026-04', APRIL);
  // A report in the month in progress: never counted until the month has ended.
  await seedReport(t.db, { queueId: places[0]!.queue, provinceId: 'punjab', districtId: places[0]!.district, createdAt: Date.now() - H });
});
afterAll(() => t.close());

async function stats(query: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(`/api/statistics${query}`, { headers });
  return {
    status: res.status,
    headers: res.headers,
    body: (await res.json()) as PublicStatistics & { error?: { code: string; message: string; fields: Record<string, string> } },
  };
}

describe('GET /api/statistics', () => {
  it('answers aggregates only, in the contract shape, for whole months', async () => {
    const { status, body, headers } = await stats('?from=2026-03-15&to=2026-04-02');
    expect(status).toBe(200);
    expect(() => StatisticsBody.parse(body)).not.toThrow();
    expect(headers.get('cache-control')).toBe('public, max-age=3600');
    expect(body.range).toEqual({ from: '2026-03-01', to: '2026-04-30' });
    expect(body.minimumCount).toBe(5);
    expect(body.provinces.map((p) => p.id)).toEqual(places.map((p) => p.province));
    expect(body.reportsPerMonth.map((m) => m.month)).toEqual(['2026-03', '2026-04']);
    // April has no small figure: published as it is.
    expect(body.reportsPerMonth[1]).toEqual({ month: '2026-04', total: 42, byProvince: APRIL });
    // No district is named anywhere: not their ids, not their names.
    const text = JSON.stringify(body);
    for (const d of districtIds) if (!places.some((p) => p.province === d)) expect(text).not.toContain(`"${d}"`);
    expect(text).not.toMatch(/district/i);
  });

  it('hides a province with 3 reports in a month, and nothing published gives the 3 back', async () => {
    const periods = [
      '?from=2026-03-01&to=2026-03-31',
      '?from=2026-04-01&to=2026-04-30',
      '?from=2026-03-01&to=2026-04-30',
      '?from=2026-02-01&to=2026-03-31',
      '?from=2026-02-01&to=2026-04-30',
    ];
    const answers = await Promise.all(periods.map((q) => stats(q)));
    const months = ['2026-02', '2026-03', '2026-04'];
    const provs = places.map((p) => p.province);
    const unknown = (m: string, p: string) => months.indexOf(m) * provs.length + provs.indexOf(p);
    const n = months.length * provs.length;
    const eqs: number[][] = [];
    const equation = (cells: [string, string][]) => {
      const e = new Array<number>(n).fill(0);
      for (const [m, p] of cells) e[unknown(m, p)] = 1;
      eqs.push(e);
    };
    for (const { body } of answers) {
      const march = body.reportsPerMonth.find((m) => m.month === '2026-03');
      if (march) {
        expect(march.byProvince['gilgit-baltistan']).toBeNull();
        // Complementary: another March figure is hidden too, or the total would give the 3 away.
        expect(Object.values(march.byProvince).filter((v) => v === null).length + (march.total === null ? 1 : 0)).toBeGreaterThanOrEqual(2);
      }
      const inPeriod = body.reportsPerMonth.map((m) => m.month);
      // Every published figure is an equation over the true counts; a null is not.
      for (const m of body.reportsPerMonth) {
        for (const p of provs) if (m.byProvince[p] !== null) equation([[m.month, p]]);
        if (m.total !== null) equation(provs.map((p) => [m.month, p]));
      }
      for (const r of body.reportsByProvince) if (r.count !== null) equation(inPeriod.map((m) => [m, r.province]));
      if (body.total !== null) equation(inPeriod.flatMap((m) => provs.map((p) => [m, p] as [string, string])));
      expect(JSON.stringify(body)).not.toMatch(/"gilgit-baltistan":3\b/);
    }
    const rec = recoverable(eqs, n);
    expect(rec[unknown('2026-03', 'gilgit-baltistan')]).toBe(false);
    // And every other hidden figure stays hidden too.
    for (const { body } of answers)
      for (const m of body.reportsPerMonth)
        for (const p of provs) if (m.byProvince[p] === null) expect(rec[unknown(m.month, p)], `${m.month} ${p}`).toBe(false);
    // The period's totals that would include the hidden month are hidden: comparing periods cannot isolate it.
    const [mar, apr, both] = answers.map((a) => a.body);
    expect(mar!.reportsByProvince.find((r) => r.province === 'gilgit-baltistan')!.count).toBeNull();
    expect(both!.reportsByProvince.find((r) => r.province === 'gilgit-baltistan')!.count).toBeNull();
    expect(apr!.reportsByProvince.find((r) => r.province === 'gilgit-baltistan')!.count).toBe(5);
  });

  it('hides shares and medians computed from fewer than 5 reports (the 3 P4 reports), and publishes no base', async () => {
    const { body } = await stats('?from=2026-03-01&to=2026-04-30');
    const share = Object.fromEntries(body.actedWithinDeadline.map((s) => [s.priority, s.share]));
    expect(share.P4).toBeNull();
    expect(share.P1).toBeNull(); // no P1 report at all
    expect(share.P2).toBe(1);
    // P3 reports (72 h deadline): the first action came within (i + 1) hours, all in time.
    expect(share.P3).toBe(1);
    const median = Object.fromEntries(body.medianMinutesToFirstAction.map((m) => [m.priority, m.minutes]));
    expect(median.P4).toBeNull();
    expect(median.P1).toBeNull();
    expect(median.all).toBeGreaterThan(0);
    expect(median.P2).toBeGreaterThan(0);
    // The same median as the staff dashboard's SQL over those months (delays are whole hours, so minutes are exact).
    const sqlMedian = (await medianTimes(t.db, sql`1 = 1`, rangeOfDays('2026-03-01', '2026-04-30'))).firstAction;
    expect(median.all).toBe(Math.round(sqlMedian.medianMs! / 60_000));
    // 100 hours (the P4 reports' first action) appears nowhere.
    expect(Object.values(median)).not.toContain(6000);
    for (const s of body.actedWithinDeadline) expect(Object.keys(s).sort()).toEqual(['priority', 'share']);
  });

  it('hides the 3 referrals to birth registration, and the referral totals do not give them back', async () => {
    const { body } = await stats('?from=2026-03-01&to=2026-03-31');
    const birth = body.referrals.find((r) => r.service === 'birth_registration')!;
    expect(birth.completed).toBeNull();
    expect(birth.total).toBeNull();
    // The attacker's equations over March's 13 services × 4 outcomes: every published cell, service total, outcome total.
    const statuses = ['requested', 'accepted', 'completed', 'declined'] as const;
    const services = body.referrals.map((r) => r.service);
    const n = services.length * statuses.length;
    const at = (s: number, st: number) => s * statuses.length + st;
    const eqs: number[][] = [];
    const equation = (cells: number[]) => eqs.push(Array.from({ length: n }, (_, k) => (cells.includes(k) ? 1 : 0)));
    for (const [s, r] of body.referrals.entries()) {
      for (const [j, st] of statuses.entries()) if (r[st] !== null) equation([at(s, j)]);
      if (r.total !== null) equation(statuses.map((_, j) => at(s, j)));
    }
    for (const [j, st] of statuses.entries()) if (body.referralTotals[st] !== null) equation(services.map((_, s) => at(s, j)));
    if (body.referralTotals.total !== null) equation(Array.from({ length: n }, (_, k) => k));
    expect(body.referralTotals.completed).not.toBeNull();
    expect(recoverable(eqs, n)[at(services.indexOf('birth_registration'), statuses.indexOf('completed'))]).toBe(false);
    // Every service is listed, used or not (a missing row would itself say something).
    expect(body.referrals.map((r) => r.service)).toContain('labour');
  });

  it('counts complete months only: the month in progress is never shown, and the default is the last 12', async () => {
    const { body } = await stats('');
    const last = lastCompleteMonth(Date.now());
    expect(body.reportsPerMonth.at(-1)!.month).toBe(last);
    expect(body.reportsPerMonth).toHaveLength(12);
    // Today as Pakistan counts it: for five hours each night the UTC date is still yesterday.
    const thisMonth = await stats(`?from=${pktDay(Date.now())}`);
    expect(thisMonth.status).toBe(200);
    expect(thisMonth.body.range).toBeNull();
    expect(thisMonth.body.reportsPerMonth).toEqual([]);
  });

  it('refuses dates that do not exist, a start after the end and periods over 36 months, in the reader’s language', async () => {
    const bad = await stats('?from=2026-02-30', { 'accept-language': 'ur-PK,ur;q=0.9' });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.code).toBe('validation_failed');
    expect(bad.body.error!.fields.from).toMatch(/تاریخ/);
    const order = await stats('?from=2026-05-01&to=2026-04-01');
    expect(order.status).toBe(400);
    expect(order.body.error!.fields.from).toBe('The start must be on or before the end.');
    const long = await stats('?from=2020-01-01&to=2026-01-31');
    expect(long.body.error!.fields.from).toBe('Choose a period of at most 36 months.');
    expect((await stats('?from=2000-01-01')).body.error!.fields.from).toBe('Choose a period of at most 36 months.');
    expect((await stats('?to=yesterday')).status).toBe(400);
  });

  it('is documented in /api/openapi.json', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get?: { responses: Record<string, unknown> } }>;
    };
    expect(Object.keys(doc.paths['/api/statistics']!.get!.responses).sort()).toEqual(['200', '400']);
  });
});

describe('period and daily cache (pure)', () => {
  it('snaps days to whole months and stops at the last complete month', () => {
    const now = pkt('2026-05-10T12:00:00');
    expect(periodOf('2026-03-15', '2026-09-01', now).months).toEqual(['2026-03', '2026-04']);
    expect(periodOf(undefined, undefined, now).months).toHaveLength(12);
    expect(periodOf('2026-05-01', undefined, now)).toEqual({ months: [], range: null });
    // 00:30 on 1 June in Pakistan is still 31 May in UTC: May has ended.
    expect(lastCompleteMonth(pkt('2026-06-01T00:30:00'))).toBe('2026-05');
    expect(checkPeriod({ from: '', to: '' }, 'en', now)).toEqual({ period: periodOf(undefined, undefined, now) });
  });

  it('finds the median of a histogram of delays', () => {
    expect(histogramMedian([])).toEqual({ n: 0, median: null });
    expect(
      histogramMedian([
        [20, 1],
        [10, 1],
      ]),
    ).toEqual({ n: 2, median: 15 });
    expect(
      histogramMedian([
        [5, 3],
        [60, 1],
      ]),
    ).toEqual({ n: 4, median: 5 });
    expect(
      histogramMedian([
        [1, 1],
        [2, 1],
        [90, 3],
      ]),
    ).toEqual({ n: 5, median: 90 });
  });

  it('computes a period once per Pakistan day', async () => {
    let clock = pkt('2026-05-10T23:00:00');
    const cache = dailyCache<number>({ now: () => clock });
    let runs = 0;
    const compute = async () => ++runs;
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('k', compute)).toBe(1);
    clock = pkt('2026-05-11T00:01:00');
    expect(await cache.get('k', compute)).toBe(2);
    // A failure is not kept.
    await expect(cache.get('x', async () => Promise.reject(new Error('busy')))).rejects.toThrow('busy');
    expect(await cache.get('x', compute)).toBe(3);
  });
});

describe('the page /<lang>/statistics/ (server-rendered into the built page)', () => {
  let dir: string;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hifazat-stats-site-'));
    for (const lang of LANGS) {
      mkdirSync(join(dir, lang, 'statistics'), { recursive: true });
      const style = lang === 'ur' ? '<style>main{color:#000}</style>' : '';
      writeFileSync(
        join(dir, lang, 'statistics', 'index.html'),
        `<!doctype html><html lang="${lang}"><head><title>x</title>${style}</head><body><main><h1>x</h1>${SLOT_START}<p>fallback</p>${SLOT_END}</main></body></html>`,
      );
    }
    const site = await loadStaticSite(dir);
    app = createApp({ db: t.db, config: t.config, site, pages: createAnswerPages(site, loadDirectory()) });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('renders the figures with bars and tables, no fallback, under a CSP that lists its stylesheets', async () => {
    const res = await app.request('/en/statistics/?from=2026-03-01&to=2026-04-30');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).not.toContain('fallback');
    expect(html).toMatch(/<head>.*<style>\.app-w-\d+\{inline-size:\d+%\}/);
    expect(res.headers.get('content-security-policy')).toMatch(/style-src 'self' 'sha256-[^']+'/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('<tr data-key="2026-04"><th scope="row">April 2026</th><td>9</td>');
    // Gilgit-Baltistan's March cell: hidden, said in words for screen readers.
    const march = html.match(/<tr data-key="2026-03">.*?<\/tr>/)![0];
    expect(march.match(/data-hidden/g)!.length).toBeGreaterThanOrEqual(2);
    expect(march).toContain('<span class="app-u-visually-hidden">hidden</span>');
    expect(html).toContain('href="/api/statistics?from=2026-03-01&amp;to=2026-04-30"');
  });

  it('says in a sentence, in every language, when a period has too few reports to publish anything (no dashes)', async () => {
    for (const lang of LANGS) {
      const html = await (await app.request(`/${lang}/statistics/?from=2026-01-01&to=2026-02-28`)).text();
      expect(html, lang).toContain(resources[lang].statistics.page.tooFew);
      expect(html, lang).not.toContain('data-chart=');
      expect(html, lang).not.toContain('–');
    }
  });

  it('writes Urdu (months, numbers, labels) with Urdu letters only', async () => {
    const html = await (await app.request('/ur/statistics/?from=2026-03-01&to=2026-04-30')).text();
    expect(html).toContain('مارچ 2026');
    expect(arabicOnlyLetters(html.replace(/<style[\s\S]*?<\/style>/g, ''), '/ur/statistics/')).toEqual([]);
  });

  it('answers a date that does not exist with 400 in the page’s language, keeping what was typed', async () => {
    const res = await app.request('/ur/statistics/?from=2026-02-30&to=2026-04-30', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const html = gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8');
    // Back as text: a date input could not hold a date that does not exist.
    expect(tagsWith(html, 'input', { type: 'text', dir: 'ltr', value: '2026-02-30' })).toHaveLength(1);
    expect(html).toContain('ایسی تاریخ لکھیں جو موجود ہو');
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('data-chart=');
  });
});
