// Uncovered on-duty hours on real parts: the real app and SQLite file, and the real SMTP server of the alert tests.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.ts';
import { type AlertTestApp, createAlertTestApp, staffWithEmail } from '../../tests/fixtures/alert-app.ts';
import { mailText, type SmtpSink, startSmtpSink } from '../../tests/fixtures/alert-sinks.ts';
import { addStaff, agent, signInWithTotp } from '../../tests/fixtures/staff-session.ts';
import type { TestApp } from '../../tests/fixtures/test-app.ts';

let smtp: SmtpSink;
let h: AlertTestApp;
let t: TestApp;
let app: TestApp['app'];

beforeAll(async () => {
  smtp = await startSmtpSink();
  h = await createAlertTestApp({ SMTP_URL: smtp.url });
  ({ t, app } = h);
});
afterAll(async () => {
  await h.close();
  await smtp.stop();
});

const withEmail = (role: 'officer' | 'supervisor' | 'provincial', queueId: string | null, provinceId: string, on = t) =>
  staffWithEmail(on, role, queueId, provinceId);

describe('saving an on-duty list that leaves hours uncovered', () => {
  it("names the hours in Pakistan time and tells the queue's supervisor and provincial accounts by e-mail, in English and Urdu", async () => {
    const officer = await withEmail('officer', 'cpu-peshawar', 'khyber-pakhtunkhwa');
    const supervisor = await withEmail('supervisor', 'cpu-peshawar', 'khyber-pakhtunkhwa');
    const provincial = await withEmail('provincial', null, 'khyber-pakhtunkhwa');
    const elsewhere = await withEmail('provincial', null, 'punjab');
    const session = await signInWithTotp(app, supervisor);
    const s = agent(t, supervisor, session.cookie, session.csrf);

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

  it('keeps the notice while the mail server is down, shows it to admins as failing, and sends it once when the server is back', async () => {
    const down = await startSmtpSink();
    const port = down.port;
    await down.stop();
    const unit = await createAlertTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    try {
      const officer = await withEmail('officer', 'cpu-swat', 'khyber-pakhtunkhwa', unit.t);
      const supervisor = await withEmail('supervisor', 'cpu-swat', 'khyber-pakhtunkhwa', unit.t);
      const provincial = await withEmail('provincial', null, 'khyber-pakhtunkhwa', unit.t);
      const session = await signInWithTotp(unit.app, supervisor);
      const s = agent(unit.t, supervisor, session.cookie, session.csrf);
      const saved = await s.post('/api/staff/queues/cpu-swat/on-duty', {
        entries: [{ username: officer.username, days: [1, 2, 3, 4, 5], start: '08:00', end: '20:00' }],
      });
      // The list is saved and the answer says who will be told, although no mail can go yet.
      expect(saved.status).toBe(200);
      expect(((await saved.json()) as { told: number }).told).toBe(2);

      const admin = await addStaff(unit.t, 'admin', null);
      const a = await signInWithTotp(unit.app, admin);
      type Failing = { reference: string | null; queueId: string; step: string; attempts: number; lastError: string; username: string };
      const failing = async () =>
        ((await (await unit.app.request('/api/staff/alerts/outbox', { headers: { cookie: a.cookie } })).json()) as { failing: Failing[] })
          .failing;
      // The first try, started as the list was saved, fails and is kept: one row per person told, no address shown.
      await expect.poll(async () => (await failing()).length, { timeout: 10_000 }).toBe(2);
      const rows = await failing();
      expect(rows.map((r) => [r.reference, r.queueId, r.step, r.username]).sort()).toEqual(
        [
          [null, 'cpu-swat', 'provincial', provincial.username],
          [null, 'cpu-swat', 'supervisor', supervisor.username],
        ].sort(),
      );
      expect(rows.every((r) => r.attempts === 1 && r.lastError.length > 0 && !r.lastError.includes('@'))).toBe(true);

      const up = await startSmtpSink(port);
      try {
        // After the back-off the next tick sends each notice once, worded as on the first try; later ticks send nothing.
        expect((await unit.alerts.tick(Date.now() + 60_000)).sent).toBe(2);
        expect((await unit.alerts.tick(Date.now() + 3_600_000)).sent).toBe(0);
        expect(up.mails.flatMap((m) => m.to).sort()).toEqual([supervisor.email, provincial.email].sort());
        const text = mailText(up.mails[0]!.raw);
        expect(text).toContain('Mon 20:00 – Tue 08:00');
        expect(text).toContain('جمعہ 20:00 – پیر 08:00');
        expect(text).toContain(supervisor.username);
        expect(text).toContain('https://hifazat.example.pk/');
        expect(await failing()).toEqual([]);
      } finally {
        await up.stop();
      }
    } finally {
      await unit.close();
    }
  });
});
