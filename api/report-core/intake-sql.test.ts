import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportEvents, reports } from '../../db/schema.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { type NewReportRow, newReportStatements } from './intake-sql.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const row = (reference: string, over: Partial<NewReportRow> = {}): NewReportRow => ({
  reference,
  receiptIndex: `index-${reference}`,
  receiptHash: `$hmac-sha256$k=00000000$${reference}`,
  locale: 'ur',
  reporter: 'neighbour',
  category: 'physical_abuse',
  suggestedCategory: null,
  immediateDanger: true,
  ageBand: '6-11',
  gender: 'girl',
  provinceId: 'punjab',
  districtId: 'lahore',
  detailsCt: null,
  descriptionCt: 'v1.x.sealed',
  contactCt: 'v1.x.contact',
  priority: 'P1',
  dueAt: 1_800_000_000_000,
  triageReasons: '[{"id":"danger"}]',
  textFingerprint: '["0a1b2c3d"]',
  possibleDuplicates: '["CP-2222-3333"]',
  queueId: 'cpu-lahore',
  verified: false,
  channel: 'web',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  ...over,
});

describe('the intake statements (fixed SQL)', () => {
  it('write the same report and created event as drizzle’s builder does with the same values', async () => {
    for (const over of [
      {},
      { immediateDanger: false, verified: true, suggestedCategory: 'neglect', detailsCt: 'v1.x.d', contactCt: null },
      { channel: 'helpline' as const },
    ]) {
      const a = row(`CP-FIX${Object.keys(over).length}-AAAA`, over);
      const b = row(`CP-DRZ${Object.keys(over).length}-BBBB`, over);
      await t.db.$client.batch(newReportStatements(a, '{"priority":"P1"}'), 'write');
      await t.db.batch([
        t.db.insert(reports).values(b),
        t.db.insert(reportEvents).values({
          reportId: sql`(select id from reports where reference = ${b.reference})`,
          at: b.createdAt,
          type: 'created',
          data: '{"priority":"P1"}',
        }),
      ]);
      const read = async (reference: string) => {
        const r = (await t.db.select().from(reports).where(eq(reports.reference, reference)).get())!;
        const events = await t.db.select().from(reportEvents).where(eq(reportEvents.reportId, r.id));
        const { id: _id, reference: _ref, receiptIndex: _ix, receiptHash: _h, ...rest } = r;
        return { rest, events: events.map(({ id: _e, reportId: _r, ...e }) => e) };
      };
      const [fixed, built] = [await read(a.reference), await read(b.reference)];
      expect(fixed).toEqual(built);
      expect(fixed.rest).toMatchObject({
        status: 'new',
        reporterStatus: 'received',
        immediateDanger: a.immediateDanger,
        verified: a.verified,
      });
      expect(fixed.events).toEqual([{ at: a.createdAt, staffId: null, type: 'created', data: '{"priority":"P1"}' }]);
    }
  });
});
