// A supervisor opens the dashboard in English and Urdu: every chart's numbers match its table and the seeded
// data; Urdu charts run right to left; a CSV export downloads with a BOM and correct Urdu text.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { createDb } from '../../db/client.ts';
import { seedReport } from '../fixtures/dashboard-seed.ts';
import { createStaffAccount, enrolTotpViaApi } from '../fixtures/staff-account.ts';

// Sign-in takes JSON from the site's own origin only (login CSRF): say so as a browser would.
const SAME_ORIGIN = { origin: `http://localhost:${process.env.E2E_PORT}` };

// Each test creates an account through the CLI and runs axe: give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const H = 3600_000;
const pkt = (s: string) => Date.parse(`${s}+05:00`);

/** Four reports in one unit in early February 2026 (each test uses its own unit, so runs never overlap). */
async function seedUnit(queueId: string, districtId: string) {
  const { db, close } = await createDb(process.env.E2E_DATABASE_URL!);
  const at = { queueId, provinceId: 'khyber-pakhtunkhwa', districtId };
  await seedReport(db, {
    ...at,
    createdAt: pkt('2026-02-01T10:00:00'),
    priority: 'P1',
    dueInMs: H,
    firstActionAfterMs: 0.5 * H,
    closedAfterMs: 2 * H,
    referrals: [{ service: 'shelter', status: 'completed' }],
  });
  await seedReport(db, { ...at, createdAt: pkt('2026-02-01T12:00:00'), priority: 'P3', category: 'neglect', firstActionAfterMs: 10 * H });
  await seedReport(db, {
    ...at,
    createdAt: pkt('2026-02-03T09:00:00'),
    priority: 'P2',
    category: 'child_marriage',
    dueInMs: 24 * H,
    firstActionAfterMs: 30 * H,
    referrals: [{ service: 'legal_aid', status: 'requested' }],
  });
  await seedReport(db, { ...at, createdAt: pkt('2026-02-03T11:00:00'), priority: 'P2', category: 'child_marriage', dueInMs: 24 * H });
  close();
}

async function signInAs(page: Page, queueId: string) {
  const account = createStaffAccount('supervisor', queueId);
  const res = await page.request.post('/api/staff/session', { data: account, headers: SAME_ORIGIN });
  expect(res.status()).toBe(204);
  await enrolTotpViaApi(page.request);
}

/** The bar values (what the eye reads) and the table's value column (what a screen reader reads), by row key. */
async function chartAndTable(page: Page, chart: string, column = 1) {
  const section = page.locator(`section[data-chart="${chart}"]`);
  const bars = await section
    .locator('.app-chart__plot [data-key]')
    .evaluateAll((els) =>
      els.map((e) => [e.getAttribute('data-key'), e.querySelector('.app-bars__value, .app-columns__value')?.textContent ?? '']),
    );
  const table = await section
    .locator('table tbody tr')
    .evaluateAll((rows, col) => rows.map((r) => [r.getAttribute('data-key'), r.children[col]?.textContent ?? '']), column);
  return { bars: Object.fromEntries(bars), table: Object.fromEntries(table) };
}

test('a supervisor sees the figures in English, charts agreeing with their tables and the seeded data', async ({ page }) => {
  await seedUnit('cpu-battagram', 'battagram');
  await signInAs(page, 'cpu-battagram');
  await page.goto('/en/staff/dashboard/?from=2026-02-01&to=2026-02-05');
  await expect(page.getByText('4 reports came in from 1 Feb 2026 to 5 Feb 2026.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the staff console' })).toHaveAttribute('href', '/en/staff/');

  const category = await chartAndTable(page, 'by-category');
  expect(category.table).toEqual({ child_marriage: '2', neglect: '1', physical_abuse: '1' });
  expect(category.bars).toEqual(category.table);
  await expect(page.locator('section[data-chart="by-category"] table th[scope="row"]').first()).toHaveText('Child marriage');

  const perDay = await chartAndTable(page, 'per-day', 5);
  expect(perDay.table).toEqual({ '2026-02-01': '2', '2026-02-02': '0', '2026-02-03': '2', '2026-02-04': '0', '2026-02-05': '0' });
  expect(perDay.bars).toEqual({ ...perDay.table, '2026-02-02': '', '2026-02-04': '', '2026-02-05': '' });
  const p2 = await page.locator('section[data-chart="per-day"] tr[data-key="2026-02-03"] td').nth(1).textContent();
  expect(p2).toBe('2');

  const district = await chartAndTable(page, 'by-district');
  expect(district.table).toEqual({ 'khyber-pakhtunkhwa/battagram': '4' });
  const open = await chartAndTable(page, 'open-by-age');
  expect(open.table).toEqual({ under1d: '0', d1to3: '0', d3to7: '0', d7to30: '0', over30d: '3' });
  expect(open.bars).toEqual(open.table);

  const sla = await chartAndTable(page, 'sla', 4);
  expect(sla.table).toEqual({ P1: '100%', P2: '0%', P3: '100%', P4: '–' });
  expect(sla.bars).toEqual(sla.table);

  const medians = page.locator('section[data-chart="medians"]');
  await expect(medians.locator('tr[data-key="firstAction"] td').first()).toHaveText('10 hours');
  await expect(medians.locator('tr[data-key="closure"] td').first()).toHaveText('2 hours');
  // Time to screening per triage outcome: one row per outcome, none screened yet in the seeded unit.
  const outcomes = page.locator('section[data-chart="screening-outcome"] tbody tr');
  await expect(outcomes.locator('th[scope="row"]')).toHaveText([
    'Raised by the learned signal',
    'Harm read in the text (concepts)',
    'Alerted for harm (15-minute screening)',
    'Priority changed at screening',
    'Priority confirmed at screening',
  ]);
  await expect(outcomes.locator('td:first-of-type')).toHaveText(['0', '0', '0', '0', '0']);

  const referrals = await chartAndTable(page, 'referrals', 5);
  expect(referrals.table).toEqual({ legal_aid: '1', shelter: '1' });
  expect(referrals.bars).toEqual(referrals.table);

  // The bars are hidden from assistive technology; the tables are what it reads.
  await expect(page.locator('.app-chart__plot').first()).toHaveAttribute('aria-hidden', 'true');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Narrowing the range with the filter updates the figures.
  await page.getByLabel('To').fill('2026-02-02');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByText('2 reports came in from 1 Feb 2026 to 2 Feb 2026.')).toBeVisible();
  expect(page.url()).toContain('to=2026-02-02');
});

test('in Urdu the charts read right to left and a CSV export opens with correct Urdu text', async ({ page }) => {
  await seedUnit('cpu-buner', 'buner');
  await signInAs(page, 'cpu-buner');
  await page.goto('/ur/staff/dashboard/?from=2026-02-01&to=2026-02-05');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'ڈیش بورڈ' })).toBeVisible();
  await expect(page.getByText(/4 رپورٹیں موصول ہوئیں/)).toBeVisible();

  const category = await chartAndTable(page, 'by-category');
  expect(category.table).toEqual({ child_marriage: '2', neglect: '1', physical_abuse: '1' });
  expect(category.bars).toEqual(category.table);
  const row = page.locator('section[data-chart="by-category"] .app-bars__row[data-key="child_marriage"]');
  await expect(row.locator('.app-bars__label')).toHaveText('کم عمری کی شادی');
  await expect(page.locator('section[data-chart="by-category"] table th[scope="row"]').first()).toHaveText('کم عمری کی شادی');
  await expect(page.locator('section[data-chart="by-district"] table th[scope="row"]')).toHaveText(['بونیر']);
  await expect(page.locator('section[data-chart="medians"] tr[data-key="firstAction"] td').first()).toHaveText('10 گھنٹے');
  await expect(page.locator('section[data-chart="screening-outcome"] tr[data-key="harm_alert"] th')).toHaveText(
    'نقصان کی بنا پر الرٹ (15 منٹ میں جانچ)',
  );

  // Right to left: the label sits at the right, the longest bar starts at the track's right edge.
  const box = async (sel: string) => (await row.locator(sel).boundingBox())!;
  const label = await box('.app-bars__label');
  const track = await box('.app-bars__track');
  const bar = await box('.app-bars__bar');
  expect(label.x).toBeGreaterThan(track.x + track.width - 1);
  expect(Math.abs(bar.x + bar.width - (track.x + track.width))).toBeLessThan(1.5);
  const days = await page
    .locator('section[data-chart="per-day"] .app-columns__day')
    .evaluateAll((els) => els.map((e) => [e.getAttribute('data-key'), e.getBoundingClientRect().x]));
  expect(days[0]![1]).toBeGreaterThan(days[days.length - 1]![1] as number);

  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'اس مدت کی رپورٹیں (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hifazat-reports-2026-02-01-2026-02-05.csv');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
  expect(lines[0]!.split(',').slice(0, 4)).toEqual(['حوالہ نمبر', 'موصول ہوئی (پاکستانی وقت)', 'ترجیح', 'نوعیت']);
  expect(lines).toHaveLength(5);
  expect(lines.filter((l) => l.includes(',کم عمری کی شادی,'))).toHaveLength(2);
  expect(lines.every((l, i) => i === 0 || (l.includes(',پنجاب,') === false && l.includes(',بونیر,')))).toBe(true);
});
