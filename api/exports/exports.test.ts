import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reports } from '../../db/schema.ts';
import { type SignedIn, seedReport, staffSession } from '../../tests/fixtures/dashboard-seed.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { csvField, toCsv } from './csv.ts';

const H = 3600_000;
const pkt = (s: string) => Date.parse(`${s}+05:00`);
const LAHORE = { queueId: 'cpu-lahore', provinceId: 'punjab', districtId: 'lahore' };
let t: TestApp;
let supervisor: SignedIn;
const inRange: string[] = [];
let outside: string;

/** Parses our CSV (quoted fields, CRLF) back into rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  return rows;
}

beforeAll(async () => {
  t = await createTestApp();
  inRange.push(
    await seedReport(t.db, {
      ...LAHORE,
      createdAt: pkt('2026-01-01T10:00:00'),
      priority: 'P1',
      dueInMs: H,
      firstActionAfterMs: 0.5 * H,
      closedAfterMs: 2 * H,
      descriptionCt: 'v1.test.SECRET-DESCRIPTION',
      contactCt: 'v1.test.SECRET-CONTACT',
      referrals: [{ service: 'shelter', status: 'completed' }],
    }),
  );
  inRange.push(await seedReport(t.db, { ...LAHORE, createdAt: pkt('2026-01-02T11:00:00'), category: 'child_marriage' }));
  outside = await seedReport(t.db, { ...LAHORE, createdAt: pkt('2026-01-09T11:00:00') });
  supervisor = await staffSession(t.app, t.db, 'supervisor', { queueId: 'cpu-lahore' });
});
afterAll(() => t.close());

describe('CSV encoding', () => {
  it('quotes separators and quotes, and defuses spreadsheet formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(toCsv([['لاہور', 1]])).toBe('\uFEFFلاہور,1\r\n');
  });
});

describe('GET /api/staff/export/reports.csv', () => {
  it('exports the range in Urdu as UTF-8 with a BOM, without free text or contact details, and audit-logs the filter', async () => {
    const res = await supervisor.get('/api/staff/export/reports.csv?from=2026-01-01&to=2026-01-07&lang=ur');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="hifazat-reports-2026-01-01-2026-01-07.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).not.toMatch(/SECRET|v1\./);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      'حوالہ نمبر',
      'موصول ہوئی (پاکستانی وقت)',
      'ترجیح',
      'نوعیت',
      'کیفیت',
      'صوبہ',
      'ضلع',
      'یونٹ',
      'آخری وقت (پاکستانی وقت)',
      'اسٹاف کی پہلی کارروائی (پاکستانی وقت)',
      'بند ہوئی (پاکستانی وقت)',
      'بند کرنے کی وجہ',
      'تصدیق شدہ',
      'تحریر مٹا دی گئی',
      'ذریعہ',
      'کیس کا مرحلہ',
      'خطرے کی سطح',
    ]);
    expect(rows.map((r) => r[0])).toEqual(inRange);
    expect(rows[0]).toEqual([
      inRange[0],
      '2026-01-01 10:00',
      'P1',
      'جسمانی تشدد',
      'بند',
      'پنجاب',
      'لاہور',
      expect.stringContaining('لاہور'),
      '2026-01-01 11:00',
      '2026-01-01 10:30',
      '2026-01-01 12:00',
      'مسئلہ حل ہو گیا',
      'ہاں',
      'نہیں',
      'ویب فارم',
      'بند',
      '',
    ]);
    expect(rows[1]![3]).toBe('کم عمری کی شادی');
    expect(text).not.toContain(outside);
    const audit = (await t.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(1))[0]!;
    expect(audit).toMatchObject({ action: 'export', username: supervisor.user.username, queueId: 'cpu-lahore' });
    expect(JSON.parse(audit.detail)).toEqual({ kind: 'reports', from: '2026-01-01', to: '2026-01-07', lang: 'ur', scope: 'cpu-lahore' });
  });

  it('streams large exports page by page without losing or repeating a row', async () => {
    const multan = { queueId: 'cpu-multan', provinceId: 'punjab', districtId: 'multan' };
    const at = pkt('2026-03-01T08:00:00');
    const rows = Array.from({ length: 2150 }, (_, i) => ({
      reference: `CP-BULK-${i}`,
      receiptIndex: `bulk-${i}`,
      receiptHash: 'x',
      locale: 'en' as const,
      reporter: 'teacher',
      category: 'neglect',
      immediateDanger: false,
      ageBand: '5-9',
      ...multan,
      priority: 'P4' as const,
      dueAt: at,
      verified: false,
      createdAt: at + i * 1000,
    }));
    for (let i = 0; i < rows.length; i += 500) await t.db.insert(reports).values(rows.slice(i, i + 500));
    const many = new Set(rows.map((r) => r.reference));
    const boss = await staffSession(t.app, t.db, 'supervisor', { queueId: 'cpu-multan' });
    const text = Buffer.from(
      await (await boss.get('/api/staff/export/reports.csv?from=2026-03-01&to=2026-03-01&lang=en')).arrayBuffer(),
    ).toString('utf8');
    const refs = parseCsv(text.slice(1))
      .slice(1)
      .map((r) => r[0]);
    expect(refs).toHaveLength(2150);
    expect(new Set(refs)).toEqual(many);
  });
});

describe('GET /api/staff/export/aggregates.csv', () => {
  it('exports the figures with labels in English and logs it', async () => {
    const res = await supervisor.get('/api/staff/export/aggregates.csv?from=2026-01-01&to=2026-01-07&lang=en');
    const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
    expect(text.startsWith('\uFEFFFigure,Item,Detail,Value\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows).toContainEqual(['Reports by category', 'Child marriage', '', '1']);
    expect(rows).toContainEqual(['Reports per day, by priority', '2026-01-01', 'P1 emergency (1 hour)', '1']);
    expect(rows).toContainEqual(['Median times', 'From submission to first staff action', 'hours', '0.5']);
    expect(rows).toContainEqual(['Referrals by service and outcome', 'Shelter', 'Completed', '1']);
    const audit = (await t.db.select().from(auditLog).where(eq(auditLog.action, 'export')).orderBy(desc(auditLog.id)).limit(1))[0]!;
    expect(JSON.parse(audit.detail)).toMatchObject({
      kind: 'aggregates',
      from: '2026-01-01',
      to: '2026-01-07',
      lang: 'en',
      rows: rows.length - 1,
    });
  });
});
