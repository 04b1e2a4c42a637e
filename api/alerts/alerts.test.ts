// Alerts end to end on real parts: the real app and database file, a real SMTP server (smtp-server) and a real
// HTTP webhook receiver on loopback. The worker's tick() is driven with an explicit clock for the 15/30-minute ladder.
import { createHmac } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alertOutbox, auditLog, reportAlerts, reportEvents, reports, staffUsers } from '../../db/schema.ts';
import { type AlertTestApp, createAlertTestApp, staffWithEmail as withAlertEmail } from '../../tests/fixtures/alert-app.ts';
import { mailText, type SmtpSink, startSmtpSink, startWebhookSink, type WebhookSink } from '../../tests/fixtures/alert-sinks.ts';
import { addStaff, agent, signIn, signInWithTotp } from '../../tests/fixtures/staff-session.ts';
import { postJson, type TestApp, validReport } from '../../tests/fixtures/test-app.ts';
import { createSealer } from '../crypto/seal.ts';
import { ALERT_EMAIL_SEAL } from './seal-context.ts';
import type { AlertService } from './service.ts';

const SECRET = 'webhook-secret-for-tests-0123456789';
const CANARY = 'CANARY-7f3a9c';
const MIN = 60_000;

let smtp: SmtpSink;
let hooks: WebhookSink;
let h: AlertTestApp;
let t: TestApp;
let alerts: AlertService;
let app: TestApp['app'];

beforeAll(async () => {
  smtp = await startSmtpSink();
  hooks = await startWebhookSink();
  h = await createAlertTestApp({
    SMTP_URL: smtp.url,
    ALERT_FROM: 'Hifazat <alerts@hifazat.test>',
    ALERT_WEBHOOK_URL: hooks.url,
    ALERT_WEBHOOK_SECRET: SECRET,
  });
  ({ t, alerts, app } = h);
});
afterAll(async () => {
  await h.close();
  await smtp.stop();
  await hooks.stop();
});

const staffWithEmail = (role: 'officer' | 'supervisor' | 'provincial', queueId: string | null, provinceId: string | null = null) =>
  withAlertEmail(t, role, queueId, provinceId ?? (queueId ? 'khyber-pakhtunkhwa' : null));
/** A P1 report whose every free-text field carries the canary. */
async function p1Report(district: string) {
  const res = await postJson(
    app,
    '/api/reports',
    validReport({
      immediateDanger: true,
      location: { province: 'khyber-pakhtunkhwa', district, details: `Behind the ${CANARY} shop` },
      description: `The child is bleeding and locked in a room now ${CANARY}.`,
      contact: `Call ${CANARY} 0300-1234567`,
    }),
  );
  expect(res.status).toBe(201);
  const body = (await res.json()) as { reference: string; receipt: string; priority: string };
  expect(body.priority).toBe('P1');
  return body;
}
const mailsFor = (reference: string, to?: string) => smtp.mails.filter((m) => m.raw.includes(reference) && (!to || m.to.includes(to)));
const as = (a: { username: string; password: string; cookie: string; csrf: string }) => agent(t, a, a.cookie, a.csrf);

describe('a P1 report', () => {
  it('e-mails the on-duty officer through the real SMTP server and calls the webhook with a valid signature, carrying no report text', async () => {
    const onDuty = await staffWithEmail('officer', 'cpu-peshawar');
    const offDuty = await staffWithEmail('officer', 'cpu-peshawar');
    const supervisor = await staffWithEmail('supervisor', 'cpu-peshawar');
    // The supervisor keeps the list: the on-duty officer every day, all day.
    const s = await signInWithTotp(app, supervisor);
    const put = await as({ ...supervisor, ...s }).post('/api/staff/queues/cpu-peshawar/on-duty', {
      entries: [{ username: onDuty.username, days: [0, 1, 2, 3, 4, 5, 6], start: '00:00', end: '24:00' }],
    });
    expect(put.status).toBe(200);

    const report = await p1Report('peshawar');
    const result = await alerts.tick();
    expect(result.steps.filter((x) => x.reference === report.reference).map((x) => x.step)).toEqual(['on_duty']);

    const mails = mailsFor(report.reference);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual([onDuty.email]);
    expect(mailsFor(report.reference, offDuty.email)).toHaveLength(0);
    const text = mailText(mails[0]!.raw);
    expect(text).toContain(report.reference);
    expect(text).toContain('cpu-peshawar');
    expect(text).toMatch(/Queue: Child Protection Unit[^\n]*Peshawar \(cpu-peshawar\)/);
    expect(text).toContain('P1');
    // The link opens the report itself (its reference is all the address carries).
    expect(text).toContain(`https://hifazat.example.pk/en/staff/?report=${report.reference}`);
    expect(text).toContain(`https://hifazat.example.pk/ur/staff/?report=${report.reference}`);

    const hook = hooks.hooks.find((h) => h.body.includes(report.reference))!;
    expect(hook.headers['x-signature-256']).toBe(`sha256=${createHmac('sha256', SECRET).update(hook.body).digest('hex')}`);
    const body = JSON.parse(hook.body);
    expect(Object.keys(body)).toEqual(['event', 'step', 'reference', 'queue', 'priority', 'reasons', 'reasonWords', 'at', 'link']);
    // Reasons in words (issue #27), made from the ids: no code in the e-mail, every staff language in the webhook.
    expect(text).toContain('The reporter said a child is in danger right now.');
    expect(text).toContain('a child locked up or tied');
    expect(text).toContain('بچے کو بند کرنا یا باندھنا');
    expect(text).not.toMatch(/concept:|immediate-danger|\+now/);
    expect(body.reasonWords.en).toHaveLength(body.reasons.length);
    expect(body.reasonWords.ur.join(' ')).toContain('بچے کو بند کرنا یا باندھنا');
    expect(body.link).toBe(`https://hifazat.example.pk/en/staff/?report=${report.reference}`);
    expect(body).toMatchObject({ event: 'alert', step: 'on_duty', reference: report.reference, queue: 'cpu-peshawar', priority: 'P1' });
    expect(body.reasons.length).toBeGreaterThan(0);

    // The canary (in the description, place details and contact) and the receipt appear in nothing an alert carries.
    const outbox = await t.db.select().from(alertOutbox);
    const events = await t.db.select().from(reportEvents).where(eq(reportEvents.type, 'alert_sent'));
    for (const blob of [
      ...smtp.mails.map((m) => m.raw + mailText(m.raw)),
      ...hooks.hooks.map((h) => h.body),
      ...outbox.map((o) => o.payload),
      ...events.map((e) => e.data),
    ]) {
      expect(blob).not.toContain(CANARY);
      expect(blob).not.toContain(report.receipt);
      expect(blob).not.toContain('0300-1234567');
    }
  });

  it('without acknowledgement climbs to the supervisor after 15 minutes and the provincial accounts after 30, in the history and the audit log', async () => {
    const officer = await staffWithEmail('officer', 'cpu-mardan');
    const supervisor = await staffWithEmail('supervisor', 'cpu-mardan');
    const provincial = await staffWithEmail('provincial', null, 'khyber-pakhtunkhwa');
    const report = await p1Report('mardan');
    const start = Date.now();
    await alerts.tick(start);
    // No on-duty list: every officer and supervisor of the queue with an alert e-mail.
    expect(
      mailsFor(report.reference)
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual([officer.email, supervisor.email].sort());

    await alerts.tick(start + 14 * MIN);
    expect(mailsFor(report.reference)).toHaveLength(2);
    await alerts.tick(start + 15 * MIN + 1000);
    expect(mailsFor(report.reference, supervisor.email)).toHaveLength(2);
    expect(mailsFor(report.reference, provincial.email)).toHaveLength(0);
    await alerts.tick(start + 30 * MIN + 1000);
    expect(mailsFor(report.reference, provincial.email)).toHaveLength(1);
    expect(mailText(mailsFor(report.reference, provincial.email)[0]!.raw)).toMatch(/No one at the unit has acknowledged this P1 report/);
    await alerts.tick(start + 90 * MIN);
    expect(mailsFor(report.reference)).toHaveLength(4);

    const row = (await t.db.select().from(reports).where(eq(reports.reference, report.reference)).get())!;
    const history = await t.db
      .select()
      .from(reportEvents)
      .where(and(eq(reportEvents.reportId, row.id), eq(reportEvents.type, 'alert_sent')));
    expect(history.map((h) => JSON.parse(h.data).step)).toEqual(['on_duty', 'supervisor', 'provincial']);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'alert_step'), eq(auditLog.target, report.reference)));
    expect(audit.map((a) => JSON.parse(a.detail).step)).toEqual(['on_duty', 'supervisor', 'provincial']);
    expect(hooks.hooks.filter((h) => h.body.includes(report.reference)).map((h) => JSON.parse(h.body).step)).toEqual([
      'on_duty',
      'supervisor',
      'provincial',
    ]);

    // Measured on the supervisor's dashboard: one P1 alert, not acknowledged, escalated.
    const s = await signInWithTotp(app, supervisor);
    const dash = (await (await app.request('/api/staff/dashboard', { headers: { cookie: s.cookie } })).json()) as {
      alerts: { priority: string; alerts: number; acknowledged: number; escalated: number }[];
    };
    expect(dash.alerts).toEqual([expect.objectContaining({ priority: 'P1', alerts: 1, acknowledged: 0, escalated: 1 })]);
  });

  it('stops climbing once an officer acknowledges it', async () => {
    const officer = await staffWithEmail('officer', 'cpu-swat');
    const supervisor = await staffWithEmail('supervisor', 'cpu-swat');
    const report = await p1Report('swat');
    const start = Date.now();
    await alerts.tick(start);
    expect(mailsFor(report.reference, officer.email)).toHaveLength(1);
    const a = as(await signIn(t, officer));
    const ack = await a.act(report.reference, { type: 'acknowledge' });
    expect(ack.status).toBe(200);
    await alerts.tick(start + 45 * MIN);
    expect(mailsFor(report.reference, supervisor.email)).toHaveLength(1); // the on-duty step only
    const alert = (await t.db
      .select()
      .from(reportAlerts)
      .innerJoin(reports, eq(reports.id, reportAlerts.reportId))
      .where(eq(reports.reference, report.reference))
      .get())!;
    expect(alert.report_alerts.stepsDone).toBe(1);
    expect(alert.report_alerts.acknowledgedAt).not.toBeNull();
    const view = await (await a.get(`/api/staff/reports/${report.reference}`)).json();
    expect(JSON.stringify(view)).toContain('acknowledge');
    const s = await signInWithTotp(app, supervisor);
    const dash = (await (await app.request('/api/staff/dashboard', { headers: { cookie: s.cookie } })).json()) as {
      alerts: { priority: string; acknowledged: number; medianAckMs: number; escalated: number }[];
    };
    expect(dash.alerts).toEqual([expect.objectContaining({ priority: 'P1', acknowledged: 1, escalated: 0 })]);
    expect(dash.alerts[0]!.medianAckMs).toBeGreaterThan(0);
  });
});

describe('a report waiting unscreened', () => {
  it('is alerted once the screening deadline has passed', async () => {
    await staffWithEmail('officer', 'cpu-kohat');
    const res = await postJson(app, '/api/reports', validReport({ location: { province: 'khyber-pakhtunkhwa', district: 'kohat' } }));
    const { reference, priority } = (await res.json()) as { reference: string; priority: string };
    expect(priority).not.toBe('P1');
    await alerts.tick(Date.now() + 59 * MIN);
    expect(mailsFor(reference)).toHaveLength(0);
    await alerts.tick(Date.now() + 61 * MIN);
    expect(mailsFor(reference)).toHaveLength(1);
    expect(JSON.parse(hooks.hooks.find((h) => h.body.includes(reference))!.body).reasons[0]).toBe('unscreened');
  });
});

describe('the outbox', () => {
  it('keeps alerts while the mail server is down, shows the failures to admins, and delivers each exactly once when it is back', async () => {
    const down = await startSmtpSink();
    const port = down.port;
    await down.stop();
    const unit = await createAlertTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, REPORT_KEY: t.config.REPORT_KEY });
    const { t: t2, app: app2, alerts: service } = unit;
    try {
      const officers = [];
      for (let i = 0; i < 2; i++) officers.push(await withAlertEmail(t2, 'officer', 'cpu-bannu', 'khyber-pakhtunkhwa'));
      const refs: string[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await postJson(
          app2,
          '/api/reports',
          validReport({
            immediateDanger: true,
            location: { province: 'khyber-pakhtunkhwa', district: 'bannu' },
            description: 'The child is bleeding and locked in a room now.',
          }),
        );
        refs.push(((await res.json()) as { reference: string }).reference);
      }
      const now = Date.now();
      const first = await service.tick(now);
      expect(first.failed).toBe(6);
      expect(first.sent).toBe(0);

      const admin = await addStaff(t2, 'admin', null);
      const s = await signInWithTotp(app2, admin);
      const outbox = (await (await app2.request('/api/staff/alerts/outbox', { headers: { cookie: s.cookie } })).json()) as {
        pending: number;
        failing: { attempts: number; lastError: string; username: string }[];
      };
      expect(outbox.pending).toBe(6);
      expect(outbox.failing.every((f) => f.attempts === 1 && f.lastError.length > 0 && !f.lastError.includes('@'))).toBe(true);

      // Before the backoff has run out nothing is tried again; after it, the server is up and each alert goes once.
      const up = await startSmtpSink(port);
      try {
        expect((await service.tick(now + 1000)).sent).toBe(0);
        const second = await service.tick(now + 6000);
        expect(second.sent).toBe(6);
        expect((await service.tick(now + 60_000)).sent).toBe(0);
        for (const ref of refs)
          for (const o of officers) expect(up.mails.filter((m) => m.raw.includes(ref) && m.to.includes(o.email))).toHaveLength(1);
        expect(up.mails).toHaveLength(6);
      } finally {
        await up.stop();
      }
    } finally {
      await unit.close();
    }
  });
});

describe('the console', () => {
  it('streams an alert to a signed-in officer of the queue, with ids only', async () => {
    const officer = await addStaff(t, 'officer', 'cpu-abbottabad', 'khyber-pakhtunkhwa');
    const a = await signIn(t, officer);
    const res = await app.request('/api/staff/events', { headers: { cookie: a.cookie } });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const report = await p1Report('abbottabad');
    await alerts.tick();
    let text = '';
    const decoder = new TextDecoder();
    while (!text.includes(`"reference":"${report.reference}"`)) text += decoder.decode((await reader.read()).value);
    await reader.cancel();
    expect(text).toMatch(/event: counts/);
    expect(text).toMatch(/event: alert/);
    expect(text).not.toContain(CANARY);
  });

  it('lets only the supervisor (or an admin) keep the on-duty list, and shows an account its own alert e-mail', async () => {
    const officer = await addStaff(t, 'officer', 'cpu-buner', 'khyber-pakhtunkhwa');
    const a = await signIn(t, officer);
    const ag = as(a);
    expect((await ag.post('/api/staff/queues/cpu-buner/on-duty', { entries: [] })).status).toBe(403);
    expect((await ag.post('/api/staff/alert-email', { email: 'not-an-address' })).status).toBe(400);
    expect((await ag.post('/api/staff/alert-email', { email: 'me@units.test' })).status).toBe(200);
    expect(await (await ag.get('/api/staff/alert-email')).json()).toEqual({ username: officer.username, email: 'me@units.test' });
    const stored = (await t.db.select().from(staffUsers).where(eq(staffUsers.username, officer.username)).get())!;
    expect(stored.alertEmailCt).toMatch(/^v1\./);
    expect(stored.alertEmailCt).not.toContain('units.test');
    expect((await ag.get(`/api/staff/alert-email?username=someone.else`)).status).toBe(403);
  });

  it("answers another queue's on-duty list 404 whatever the body, and names the entry that is not in the queue", async () => {
    const supervisor = await addStaff(t, 'supervisor', 'cpu-buner', 'khyber-pakhtunkhwa');
    const stranger = await addStaff(t, 'officer', 'cpu-swat', 'khyber-pakhtunkhwa');
    const other = as({ ...supervisor, ...(await signInWithTotp(app, supervisor)) });
    // cpu-buner's supervisor does not keep cpu-swat's list: 404 with a valid body and with a broken one alike.
    expect((await other.post('/api/staff/queues/cpu-swat/on-duty', { entries: [] })).status).toBe(404);
    expect((await other.post('/api/staff/queues/cpu-swat/on-duty', { entries: 'everyone' })).status).toBe(404);
    expect((await other.post('/api/staff/queues/no-such-queue/on-duty', { entries: [] })).status).toBe(404);
    // Its own list: a time that is not HH:MM, and an account of another queue, are named field by field.
    const badTime = await other.post('/api/staff/queues/cpu-buner/on-duty', {
      entries: [{ username: supervisor.username, days: [1], start: '9:00', end: '17:00' }],
    });
    expect(badTime.status).toBe(400);
    expect(Object.keys(((await badTime.json()) as { error: { fields: Record<string, string> } }).error.fields)).toEqual([
      'entries.0.start',
    ]);
    const entries = [
      { username: supervisor.username, days: [1, 1, 2], start: '09:00', end: '17:00' },
      { username: stranger.username, days: [3], start: '00:00', end: '24:00' },
    ];
    const outsider = await other.post('/api/staff/queues/cpu-buner/on-duty', { entries });
    expect(outsider.status).toBe(400);
    expect(Object.keys(((await outsider.json()) as { error: { fields: Record<string, string> } }).error.fields)).toEqual([
      'entries.1.username',
    ]);
    expect((await other.post('/api/staff/queues/cpu-buner/on-duty', { entries: entries.slice(0, 1) })).status).toBe(200);
    const list = (await (await other.get('/api/staff/queues/cpu-buner/on-duty')).json()) as { canEdit: boolean; entries: unknown[] };
    expect(list).toMatchObject({ canEdit: true, entries: [{ username: supervisor.username, days: [1, 2], start: '09:00', end: '17:00' }] });
  });

  it('is described in /api/openapi.json: the event stream as text/event-stream, the writes with the schemas that validate them', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<
        string,
        Record<
          string,
          {
            responses: Record<string, { content?: Record<string, unknown> }>;
            requestBody?: { content: Record<string, { schema: unknown }> };
          }
        >
      >;
    };
    expect(Object.keys(doc.paths['/api/staff/events']!.get!.responses['200']!.content!)).toEqual(['text/event-stream']);
    const onDuty = JSON.stringify(doc.paths['/api/staff/queues/{queueId}/on-duty']!.post!.requestBody!.content['application/json']!.schema);
    expect(onDuty).toContain('OnDutyInput');
  });
});

describe('keys:rotate', () => {
  it('re-seals the alert e-mail under the new key', async () => {
    const { rotateKeys } = await import('../crypto/rotate.ts');
    const { generateKey } = await import('../crypto/seal.ts');
    const acc = await staffWithEmail('officer', 'cpu-kohat');
    const next = generateKey();
    const rotating = createSealer(next, [t.config.REPORT_KEY]);
    const result = await rotateKeys(t.db.$client, rotating);
    expect(result.failed['staff_users.alert_email_ct']).toBe(0);
    expect(result.resealed['staff_users.alert_email_ct']).toBeGreaterThan(0);
    const row = (await t.db.select().from(staffUsers).where(eq(staffUsers.username, acc.username)).get())!;
    expect(createSealer(next).open(row.alertEmailCt!, ALERT_EMAIL_SEAL)).toBe(acc.email);
  });
});
