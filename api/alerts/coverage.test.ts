// Uncovered on-duty hours on real parts: the real app and SQLite file, and the real SMTP server of the alert tests.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, staffUsers } from '../../db/schema.ts';
import { mailText, type SmtpSink, startSmtpSink } from '../../tests/fixtures/alert-sinks.ts';
import { addStaff, agent, signInWithTotp } from '../../tests/fixtures/staff-session.ts';
import { createTestApp, type TestApp } from '../../tests/fixtures/test-app.ts';
import { createApp } from '../app.ts';
import { createSealer } from '../crypto/seal.ts';
import { ALERT_EMAIL_SEAL } from './seal-context.ts';
import { type AlertService, createAlertService } from './service.ts';

let smtp: SmtpSink;
let t: TestApp;
let alerts: AlertService;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_ORIGIN: 'https://hifazat.example.pk' });
  alerts = createAlertService({ db: t.db, sealer: createSealer(t.config.REPORT_KEY), config: t.config, log: () => {} });
  app = createApp({ db: t.db, config: t.config, alerts });
});
afterAll(async () => {
  await alerts.stop();
  await smtp.stop();
  t.close();
});

async function withEmail(role: 'officer' | 'supervisor' | 'provincial', queueId: string | null, provinceId: string) {
  const acc = await addStaff(t, role, queueId, provinceId);
  const email = `${acc.username}@units.test`;
  await t.db
    .update(staffUsers)
    .set({ alertEmailCt: createSealer(t.config.REPORT_KEY).seal(email, ALERT_EMAIL_SEAL) })
    .where(eq(staffUsers.username, acc.username));
  return { ...acc, email };
}

describe('saving an on-duty list that leaves hours uncovered', () => {
  it("names the hours in Pakistan time and tells the queue's supervisor and provincial accounts by e-mail, in English and Urdu", async () => {
    const officer = await withEmail('officer', 'cpu-peshawar', 'khyber-pakhtunkhwa');
    const supervisor = await withEmail('supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa');
    const provincial = await withEmail('provincial', null, 'khyber-pakhtunkhwa');
    const elsewhere = await withEmail('provincial', null, 'punjab');
    const session = await signInWithTotp(app, supervisor);
    const s = agent({ ...t, app } as TestApp, supervisor, session.cookie, session.csrf);

    const office = { username: officer.username, days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
    const res = await s.post('/api/staff/queues/cpu-peshawar/on-duty', { entries: [office] });
    expect(res.status).toBe(200);
    const saved = (await res.json()) as {
      uncovered: { fromDay: number; fromMinute: number; toDay: number; toMinute: number }[];
      told: number;
    };
    expect(saved.told).toBe(2);
    expect(saved.uncovered).toHaveLength(5);
    expect(saved.uncovered.at(-1)).toEqual({ fromDay: 5, fromMinute: 17 * 60, toDay: 1, toMinute: 9 * 60 });
    // The console reads the same hours back with the list.
    const list = (await (await s.get('/api/staff/queues/cpu-peshawar/on-duty')).json()) as { uncovered: unknown[] };
    expect(list.uncovered).toEqual(saved.uncovered);

    // Sent after the answer: wait for both.
    const mailsOf = () => smtp.mails.filter((m) => m.raw.includes('cpu-peshawar'));
    await expect.poll(() => mailsOf().length, { timeout: 10_000 }).toBe(2);
    const mails = mailsOf();
    expect(mails.flatMap((m) => m.to).sort()).toEqual([supervisor.email, provincial.email].sort());
    expect(smtp.mails.some((m) => m.to.includes(officer.email) || m.to.includes(elsewhere.email))).toBe(false);
    const text = mailText(mails[0]!.raw);
    expect(text).toContain('Mon 17:00 – Tue 09:00');
    expect(text).toContain('Fri 17:00 – Mon 09:00');
    expect(text).toContain('جمعہ 17:00 – پیر 09:00');
    expect(text).toContain(supervisor.username);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'on_duty_uncovered'), eq(auditLog.target, 'cpu-peshawar')));
    expect(audit.map((a) => JSON.parse(a.detail))).toEqual([{ ranges: 5, told: 2 }]);

    // A list around the clock leaves nothing uncovered: nobody is told.
    const before = smtp.mails.length;
    const full = await s.post('/api/staff/queues/cpu-peshawar/on-duty', {
      entries: [
        office,
        { username: supervisor.username, days: [0, 1, 2, 3, 4, 5, 6], start: '17:00', end: '09:00' },
        { ...office, days: [0, 6] },
      ],
    });
    expect(await full.json()).toEqual({ ok: true, uncovered: [], told: 0 });
    expect(smtp.mails.length).toBe(before);
  });
});
