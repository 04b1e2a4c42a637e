// A person within minutes when the text shows harm (issue #23 item 5), end to end on real parts: the real app and
// SQLite file, the real SMTP server of the alert tests, and the worker's tick() driven with an explicit clock.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAlerts, reports } from '../../db/schema.ts';
import { HARM_SCREENING_MINUTES, SCREENING_MINUTES } from '../../domain/vocabulary.ts';
import { type AlertTestApp, createAlertTestApp, staffWithEmail } from '../../tests/fixtures/alert-app.ts';
import { mailText, type SmtpSink, startSmtpSink } from '../../tests/fixtures/alert-sinks.ts';
import { agent, signInWithTotp } from '../../tests/fixtures/staff-session.ts';
import { postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';
import { showsHarm } from '../triage/harm.ts';
import { triage } from '../triage/triage.ts';
import type { AlertService } from './service.ts';

const MIN = 60_000;
let smtp: SmtpSink;
let h: AlertTestApp;
let t: TestApp;
let alerts: AlertService;
let app: TestApp['app'];

beforeAll(async () => {
  smtp = await startSmtpSink();
  h = await createAlertTestApp({ SMTP_URL: smtp.url });
  ({ t, alerts, app } = h);
});
afterAll(async () => {
  await h.close();
  await smtp.stop();
});

const withEmail = (role: 'officer' | 'supervisor', queueId: string) => staffWithEmail(t, role, queueId, 'khyber-pakhtunkhwa');

/** A unit: an on-duty officer (all week on the list), an officer off the list, and the supervisor who keeps it. */
async function unit(queueId: string) {
  const onDuty = await withEmail('officer', queueId);
  const offList = await withEmail('officer', queueId);
  const supervisor = await withEmail('supervisor', queueId);
  const session = await signInWithTotp(app, supervisor);
  const s = agent(t, supervisor, session.cookie, session.csrf);
  const put = await s.post(`/api/staff/queues/${queueId}/on-duty`, {
    entries: [{ username: onDuty.username, days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' }],
  });
  expect(put.status).toBe(200);
  return { onDuty, offList, supervisor, s };
}

async function report(district: string, locale: string, description: string) {
  const res = await postJson(
    app,
    '/api/reports',
    validReport({ locale, description, location: { province: 'khyber-pakhtunkhwa', district } }),
  );
  expect(res.status).toBe(201);
  const body = (await res.json()) as { reference: string; priority: string };
  const row = (await t.db.select().from(reports).where(eq(reports.reference, body.reference)).get())!;
  return { ...body, createdAt: row.createdAt };
}
const mailsFor = (reference: string, to?: string) => smtp.mails.filter((m) => m.raw.includes(reference) && (!to || m.to.includes(to)));

const HARM_TEXTS = [
  { lang: 'en', district: 'peshawar', queue: 'cpu-peshawar', text: "My neighbour's boy has bruises on his arms; his stepfather hits him." },
  { lang: 'ur', district: 'mardan', queue: 'cpu-mardan', text: 'پڑوس کے بچے کو اس کا سوتیلا باپ مارتا ہے، اس کے بازو پر نیل کے نشان ہیں۔' },
];

describe('a report whose text shows harm and that triage did not make P1', () => {
  for (const c of HARM_TEXTS) {
    it(`(${c.lang}) alerts the on-duty officer at once with a ${HARM_SCREENING_MINUTES}-minute screening deadline, and climbs after it`, async () => {
      const { onDuty, offList, supervisor, s } = await unit(c.queue);
      const r = await report(c.district, c.lang, c.text);
      expect(r.priority).not.toBe('P1');
      const start = r.createdAt + 1000;
      await alerts.tick(start);
      // At once, to the officer on the list only, saying the text shows harm and the deadline.
      expect(mailsFor(r.reference).map((m) => m.to)).toEqual([[onDuty.email]]);
      expect(mailsFor(r.reference, offList.email)).toHaveLength(0);
      const text = mailText(mailsFor(r.reference)[0]!.raw);
      expect(text).toContain(`within ${HARM_SCREENING_MINUTES} minutes of its arrival`);
      expect(text).toContain(`${HARM_SCREENING_MINUTES} منٹ کے اندر`);
      expect(text).not.toContain(c.text);
      const alert = (await t.db
        .select()
        .from(reportAlerts)
        .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
        .where(eq(reports.reference, r.reference))
        .all())!;
      expect(alert.map((a) => a.report_alerts.kind)).toEqual(['harm']);

      // The queue and the report show the 15-minute deadline.
      const page = (await (await s.get(`/api/staff/queues/${c.queue}/reports`)).json()) as {
        reports: { reference: string; screeningDueAt: string; screeningMinutes: number; harmAlert: boolean }[];
      };
      const entry = page.reports.find((x) => x.reference === r.reference)!;
      expect(entry).toMatchObject({ screeningMinutes: HARM_SCREENING_MINUTES, harmAlert: true });
      expect(Date.parse(entry.screeningDueAt)).toBe(r.createdAt + HARM_SCREENING_MINUTES * MIN);
      const view = (await (await s.get(`/api/staff/reports/${r.reference}`)).json()) as {
        screeningMinutes: number;
        screeningDueAt: string;
      };
      expect(view.screeningMinutes).toBe(HARM_SCREENING_MINUTES);
      expect(Date.parse(view.screeningDueAt)).toBe(r.createdAt + HARM_SCREENING_MINUTES * MIN);

      // Unscreened: nothing more before the deadline, the supervisor once it has passed.
      await alerts.tick(start + (HARM_SCREENING_MINUTES - 1) * MIN);
      expect(mailsFor(r.reference, supervisor.email)).toHaveLength(0);
      await alerts.tick(start + HARM_SCREENING_MINUTES * MIN);
      expect(mailsFor(r.reference, supervisor.email)).toHaveLength(1);
      expect(mailText(mailsFor(r.reference, supervisor.email)[0]!.raw)).toMatch(/No one has acknowledged this P\d report/);
      // Not alerted a second time as "unscreened" once the 60-minute deadline passes too.
      await alerts.tick(start + (SCREENING_MINUTES + 1) * MIN);
      const kinds = await t.db
        .select({ kind: reportAlerts.kind })
        .from(reportAlerts)
        .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
        .where(eq(reports.reference, r.reference));
      expect(kinds).toEqual([{ kind: 'harm' }]);
    });
  }

  it('stops climbing once someone screens it within the 15 minutes', async () => {
    const { onDuty, supervisor, s } = await unit('cpu-swat');
    const r = await report('swat', 'en', "My neighbour's boy has bruises on his arms; his stepfather hits him.");
    await alerts.tick(r.createdAt + 1000);
    expect(mailsFor(r.reference, onDuty.email)).toHaveLength(1);
    expect((await s.act(r.reference, { type: 'screen', priority: r.priority })).status).toBe(200);
    await alerts.tick(r.createdAt + 45 * MIN);
    expect(mailsFor(r.reference, supervisor.email)).toHaveLength(0);
  });
});

describe('a report whose text shows no harm', () => {
  for (const c of [
    { lang: 'en', text: 'The boy next door is often sad and does not go to school.' },
    { lang: 'ur', text: 'پڑوس کا بچہ اکثر اداس رہتا ہے اور اسکول نہیں جاتا۔' },
  ]) {
    it(`(${c.lang}) is not alerted on arrival and keeps the ${SCREENING_MINUTES}-minute screening deadline`, async () => {
      const { onDuty, s } = await unit('cpu-kohat');
      const r = await report('kohat', c.lang, c.text);
      await alerts.tick(r.createdAt + 1000);
      await alerts.tick(r.createdAt + (HARM_SCREENING_MINUTES + 1) * MIN);
      expect(mailsFor(r.reference)).toHaveLength(0);
      const view = (await (await s.get(`/api/staff/reports/${r.reference}`)).json()) as {
        screeningMinutes: number;
        harmAlert: boolean;
        screeningDueAt: string;
      };
      expect(view).toMatchObject({ screeningMinutes: SCREENING_MINUTES, harmAlert: false });
      expect(Date.parse(view.screeningDueAt)).toBe(r.createdAt + SCREENING_MINUTES * MIN);
      // Past the hour it is alerted as unscreened, as before.
      await alerts.tick(r.createdAt + (SCREENING_MINUTES + 1) * MIN);
      expect(mailsFor(r.reference, onDuty.email)).toHaveLength(1);
    });
  }
});

describe('showsHarm', () => {
  it('reads a harm concept, the learned signal and the urgent text rules, never the category or a P3 rule', () => {
    expect(showsHarm([{ id: 'concept:injury' }])).toBe(true);
    expect(showsHarm([{ id: 'model:urgent' }])).toBe(true);
    expect(showsHarm([{ id: 'injury' }])).toBe(true);
    expect(showsHarm([{ id: 'category:physical_abuse' }, { id: 'beating' }])).toBe(false);
    const child = { ageBand: '5-9', gender: 'boy' } as const;
    const plain = triage(
      { immediateDanger: false, category: 'other', description: 'What is the number of the helpline?', reporter: 'parent_or_carer', child },
      0,
    );
    expect(showsHarm(plain.reasons)).toBe(false);
  });
});
