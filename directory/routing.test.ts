// The routing directory: every place has a queue, the file drives the routing, seeding is idempotent,
// and submitted reports carry triage output (priority, due time, reasons, fingerprint, possible duplicates).
import { readFileSync } from 'node:fs';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { findQueue } from '../api/report-core/queries.ts';
import { districts, provinces, queues, reports } from '../db/schema.ts';
import { seedReference } from '../db/seed.ts';
import { createTestApp, postJson, type TestApp, validReport } from '../tests/fixtures/test-app.ts';
import { buildDirectory, loadDirectory, queueFor, routeQueue } from './routing.ts';

const dirUrl = new URL('../content/directory/', import.meta.url);
const rawLocations = () => JSON.parse(readFileSync(new URL('locations.json', dirUrl), 'utf8'));
const rawQueues = () => parseYaml(readFileSync(new URL('queues.yaml', dirUrl), 'utf8'));
const directory = loadDirectory();

describe('directory content', () => {
  it('has every province and region, all 161 districts, and "unknown" in each province', () => {
    expect(directory.provinces.map((p) => p.id).sort()).toEqual(
      ['azad-kashmir', 'balochistan', 'gilgit-baltistan', 'islamabad', 'khyber-pakhtunkhwa', 'punjab', 'sindh'].sort(),
    );
    const real = directory.provinces.flatMap((p) => p.districts.filter((d) => d.id !== 'unknown'));
    expect(real.length).toBe(161);
    for (const p of directory.provinces)
      expect(p.districts.some((d) => d.id === 'unknown' && d.queueId === queueFor(directory, p.id, 'unknown'))).toBe(true);
  });

  it('names are clean, in English and Urdu letters (no Arabic ي ك ه, no stray line ends)', () => {
    for (const p of directory.provinces) {
      for (const n of [p.name, ...p.districts.map((d) => d.name)]) {
        expect(n.en).toBe(n.en.trim());
        expect(n.ur).toBe(n.ur.trim());
        expect(n.ur).toMatch(/^[\u0600-\u06FF ()/،]+$/);
        expect(n.ur).not.toMatch(/[يكه]/);
      }
    }
  });

  it('routes confirmed units to their CPU, announced ones and unit-less districts to the provincial body, unknown places nationally', () => {
    expect(queueFor(directory, 'punjab', 'lahore')).toBe('cpu-lahore');
    expect(queueFor(directory, 'punjab', 'rajanpur')).toBe('cpu-rajanpur');
    expect(queueFor(directory, 'punjab', 'sahiwal')).toBe('punjab-cpwb'); // announced
    expect(queueFor(directory, 'khyber-pakhtunkhwa', 'mansehra')).toBe('kp-cpwc'); // announced
    expect(queueFor(directory, 'khyber-pakhtunkhwa', 'bajaur')).toBe('cpu-bajaur');
    expect(queueFor(directory, 'sindh', 'tharparkar')).toBe('cpu-tharparkar'); // all Sindh districts
    expect(queueFor(directory, 'balochistan', 'quetta')).toBe('cpu-quetta');
    expect(queueFor(directory, 'balochistan', 'zhob')).toBe('balochistan-cpc');
    expect(queueFor(directory, 'gilgit-baltistan', 'gilgit')).toBe('cpu-gilgit');
    expect(queueFor(directory, 'gilgit-baltistan', 'hunza')).toBe('gb-cpc');
    expect(queueFor(directory, 'azad-kashmir', 'kotli')).toBe('ajk-cpu');
    expect(queueFor(directory, 'islamabad', 'islamabad')).toBe('islamabad-cpi');
    expect(queueFor(directory, 'unknown', 'unknown')).toBe('national');
    // every queue in the directory is marked with its evidence
    expect(directory.queues.every((q) => q.evidence === 'confirmed')).toBe(true);
    // announced units stay listed in the file with their evidence
    const kp = rawQueues().provinces['khyber-pakhtunkhwa'].units as { district: string; evidence: string }[];
    expect(
      kp
        .filter((u) => u.evidence === 'announced')
        .map((u) => u.district)
        .sort(),
    ).toEqual(['dera-ismail-khan', 'malakand', 'mansehra', 'nowshera', 'shangla']);
  });

  it('has one routing rule: an unknown province goes national whatever the district, any other place by its district', () => {
    const lookup = { national: () => 'national', district: (p: string, d: string) => `${p}/${d}` };
    expect(routeQueue('unknown', 'unknown', lookup)).toBe('national');
    expect(routeQueue('unknown', 'lahore', lookup)).toBe('national');
    expect(routeQueue('punjab', 'unknown', lookup)).toBe('punjab/unknown');
    expect(routeQueue('punjab', 'lahore', lookup)).toBe('punjab/lahore');
  });

  it('refuses a queues file that names a district that does not exist', () => {
    const q = rawQueues();
    q.provinces.punjab.units.push({ district: 'atlantis', evidence: 'confirmed', source: 'x' });
    expect(() => buildDirectory(rawLocations(), q)).toThrow(/atlantis/);
  });
});

describe('seeding and routing on a real database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const rowCounts = async () => ({
    provinces: (await t.db.select({ n: count() }).from(provinces).get())!.n,
    districts: (await t.db.select({ n: count() }).from(districts).get())!.n,
    queues: (await t.db.select({ n: count() }).from(queues).get())!.n,
  });

  it('seeding twice adds no rows', async () => {
    const before = await rowCounts();
    expect(before.districts).toBe(161 + 7);
    await seedReference(t.db, loadDirectory());
    await seedReference(t.db, loadDirectory());
    expect(await rowCounts()).toEqual(before);
  });

  it('routes every place the same way from the database (findQueue) as from the directory (queueFor)', async () => {
    const places = [
      { province: 'unknown', district: 'unknown' },
      { province: 'punjab', district: 'atlantis' },
      ...directory.provinces.flatMap((p) => p.districts.map((d) => ({ province: p.id, district: d.id }))),
    ];
    const differ: string[] = [];
    for (const { province, district } of places) {
      const fromDb = (await findQueue(t.db, province, district))?.id ?? null;
      if (fromDb !== queueFor(directory, province, district))
        differ.push(`${province}/${district}: ${fromDb} vs ${queueFor(directory, province, district)}`);
    }
    expect(places.length).toBeGreaterThan(161 + 7);
    expect(differ).toEqual([]);
  });

  it('changing the directory file changes the routing', async () => {
    expect((await findQueue(t.db, 'punjab', 'sahiwal'))!.id).toBe('punjab-cpwb');
    const q = rawQueues();
    const sahiwal = q.provinces.punjab.units.find((u: { district: string }) => u.district === 'sahiwal');
    sahiwal.evidence = 'confirmed';
    await seedReference(t.db, buildDirectory(rawLocations(), q));
    expect((await findQueue(t.db, 'punjab', 'sahiwal'))!.id).toBe('cpu-sahiwal');
    const res = await postJson(t.app, '/api/reports', validReport({ location: { province: 'punjab', district: 'sahiwal' } }));
    expect((await res.json()).queue.id).toBe('cpu-sahiwal');
    // and back: the unit is dropped from the file, new reports go to the Bureau, the old queue takes no more
    await seedReference(t.db, loadDirectory());
    expect((await findQueue(t.db, 'punjab', 'sahiwal'))!.id).toBe('punjab-cpwb');
    expect((await t.db.select().from(queues).where(eq(queues.id, 'cpu-sahiwal')).get())!.active).toBe(false);
  });

  it('intake reads the routing table at most once a minute, and at once again after a seed in this process', async () => {
    const lahore = () => findQueue(t.db, 'punjab', 'lahore').then((q) => q!.id);
    expect(await lahore()).toBe('cpu-lahore');
    // Rewritten behind intake's back, as another process's seed would: the table held stays until it is a minute old.
    await t.db
      .update(districts)
      .set({ queueId: 'punjab-cpwb' })
      .where(and(eq(districts.provinceId, 'punjab'), eq(districts.id, 'lahore')));
    expect(await lahore()).toBe('cpu-lahore');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 61_000);
      expect(await lahore()).toBe('punjab-cpwb');
    } finally {
      vi.useRealTimers();
    }
    // A seed in this process is read by the very next report.
    await seedReference(t.db, loadDirectory());
    expect(await lahore()).toBe('cpu-lahore');
    const res = await postJson(t.app, '/api/reports', validReport({ location: { province: 'punjab', district: 'lahore' } }));
    expect((await res.json()).queue.id).toBe('cpu-lahore');
  });

  it('a report whose place is unknown lands in the national queue', async () => {
    const res = await postJson(t.app, '/api/reports', validReport({ location: { province: 'unknown', district: 'unknown' } }));
    expect(res.status).toBe(201);
    expect((await res.json()).queue.id).toBe('national');
  });

  it('stores priority, due time, reasons, a keyed fingerprint and possible duplicates on each report', async () => {
    const place = { province: 'sindh', district: 'sukkur' };
    const now = Date.now();
    const first = await postJson(
      t.app,
      '/api/reports',
      validReport({
        category: 'missing_or_separated',
        location: place,
        description: 'mera beta jumma ki shaam se lapata hai roti lene gaya tha wapas nahi aya',
      }),
    );
    const a = await first.json();
    expect(a.priority).toBe('P2');
    // a re-telling of the same incident, same district and category
    const second = await postJson(
      t.app,
      '/api/reports',
      validReport({
        category: 'missing_or_separated',
        location: place,
        description: 'mera beta jumme ki sham se lapata hai roti lene gaya tha abhi tak wapas nahi aya plz madad',
      }),
    );
    const b = await second.json();
    // a different incident, same district and category
    const third = await postJson(
      t.app,
      '/api/reports',
      validReport({
        category: 'missing_or_separated',
        location: place,
        description: 'a lost girl about five was found crying at the railway station, she does not know her address',
      }),
    );
    const c = await third.json();
    // the same text in another district is not offered
    const fourth = await postJson(
      t.app,
      '/api/reports',
      validReport({
        category: 'missing_or_separated',
        location: { province: 'sindh', district: 'larkana' },
        description: 'mera beta jumma ki shaam se lapata hai roti lene gaya tha wapas nahi aya',
      }),
    );
    const d = await fourth.json();

    const row = async (reference: string) => (await t.db.select().from(reports).where(eq(reports.reference, reference)).get())!;
    const ra = await row(a.reference);
    expect(ra.dueAt).toBeGreaterThanOrEqual(now + 24 * 3_600_000 - 1000);
    expect(ra.dueAt).toBeLessThanOrEqual(Date.now() + 24 * 3_600_000);
    expect(JSON.parse(ra.triageReasons).map((r: { id: string }) => r.id)).toContain('missing');
    const fp = JSON.parse(ra.textFingerprint!);
    expect(fp.length).toBeGreaterThan(40);
    expect(fp.every((h: string) => /^[0-9a-f]{8}$/.test(h))).toBe(true);
    // the fingerprint holds no readable text
    expect(ra.textFingerprint).not.toMatch(/lapata|beta/);
    expect(JSON.parse(ra.possibleDuplicates)).toEqual([]);
    expect(JSON.parse((await row(b.reference)).possibleDuplicates)).toEqual([a.reference]);
    expect(JSON.parse((await row(c.reference)).possibleDuplicates)).toEqual([]);
    expect(JSON.parse((await row(d.reference)).possibleDuplicates)).toEqual([]);

    // a closed report, or one older than 14 days, is not offered
    await t.db.update(reports).set({ status: 'closed' }).where(eq(reports.reference, a.reference));
    await t.db
      .update(reports)
      .set({ createdAt: now - 15 * 24 * 3_600_000 })
      .where(eq(reports.reference, b.reference));
    const fifth = await postJson(
      t.app,
      '/api/reports',
      validReport({
        category: 'missing_or_separated',
        location: place,
        description: 'mera beta jumma ki shaam se lapata hai roti lene gaya tha wapas nahi aya',
      }),
    );
    expect(JSON.parse((await row((await fifth.json()).reference)).possibleDuplicates)).toEqual([]);
  });
});
