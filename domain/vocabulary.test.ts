// The vocabulary exists once: the API's zod schemas, the database enums, the islands and the triage rules all use
// domain/vocabulary.ts's lists, and no source file keeps a copy of one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getTableColumns } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { CreateAccountInput } from '../api/accounts/schemas.ts';
import { ActionInput } from '../api/case/schemas.ts';
import { capabilitiesOf } from '../api/kernel/scope.ts';
import { ReporterView, ReportInput } from '../api/schemas.ts';
import { loadRules } from '../api/triage/rules.ts';
import { referrals, reports, staffUsers } from '../db/schema.ts';
import { resources } from '../locales/index.ts';
import { LANGS } from './languages.ts';
import * as V from './vocabulary.ts';

describe('database enums are the vocabulary', () => {
  test.each([
    ['reports.status', getTableColumns(reports).status.enumValues, V.STAFF_STATUSES],
    ['reports.reporter_status', getTableColumns(reports).reporterStatus.enumValues, V.REPORTER_STATUSES],
    ['reports.priority', getTableColumns(reports).priority.enumValues, V.PRIORITIES],
    ['reports.locale', getTableColumns(reports).locale.enumValues, LANGS],
    ['referrals.status', getTableColumns(referrals).status.enumValues, V.REFERRAL_STATUSES],
    ['staff_users.role', getTableColumns(staffUsers).role.enumValues, V.ROLES],
  ])('%s', (_, column, list) => {
    expect([...column]).toEqual([...list]);
  });
});

describe('API schemas accept exactly the vocabulary', () => {
  const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, make: (v: string) => unknown, list: readonly string[]) => {
    for (const v of list) expect(schema.safeParse(make(v)).success, v).toBe(true);
    expect(schema.safeParse(make('not_in_the_vocabulary')).success).toBe(false);
  };
  const report = (patch: Record<string, unknown>) => ({
    locale: LANGS[0],
    reporter: 'teacher',
    category: 'neglect',
    immediateDanger: false,
    child: { ageBand: '5-9' },
    location: { province: 'punjab', district: 'lahore' },
    description: 'A child is left alone for days.',
    ...patch,
  });

  test('report form: categories, reporter types, age bands, genders, languages', () => {
    accepts(ReportInput, (category) => report({ category }), V.CATEGORIES);
    accepts(ReportInput, (reporter) => report({ reporter }), V.REPORTER_TYPES);
    accepts(ReportInput, (ageBand) => report({ child: { ageBand } }), V.AGE_BANDS);
    accepts(ReportInput, (gender) => report({ child: { ageBand: '5-9', gender } }), V.GENDERS);
    accepts(ReportInput, (locale) => report({ locale }), LANGS);
  });

  test('staff actions: services, close reasons, priorities, referral outcomes', () => {
    accepts(ActionInput, (service) => ({ type: 'refer', service }), V.SERVICES);
    accepts(ActionInput, (reason) => ({ type: 'close', reason }), V.CLOSE_REASONS);
    accepts(ActionInput, (priority) => ({ type: 'set_priority', priority, reason: 'seen' }), V.PRIORITIES);
    accepts(
      ActionInput,
      (status) => ({ type: 'update_referral', referralId: '1', status }),
      V.REFERRAL_STATUSES.filter((s) => s !== 'requested'),
    );
  });

  test('accounts: roles', () => {
    const account = (role: string) => ({ username: 'amina.k', role, queueId: 'cpu-lahore', provinceId: 'punjab' });
    for (const role of V.ROLES) expect(CreateAccountInput.shape.role.options).toContain(role);
    expect(CreateAccountInput.shape.role.options).toHaveLength(V.ROLES.length);
    expect(CreateAccountInput.safeParse(account('chief')).success).toBe(false);
  });

  test('the reporter view: reporter statuses', () => {
    expect(ReporterView.shape.status.options).toEqual([...V.REPORTER_STATUSES]);
  });
});

test('the case cycle: every risk level has a review interval and step deadlines; every priority a presumed risk', () => {
  for (const level of V.RISK_LEVELS) {
    expect(V.REVIEW_INTERVAL_DAYS[level]).toBe(level === 'high' ? 30 : 90);
    expect(V.STEP_DEADLINE_DAYS[level].assessment).toBeLessThanOrEqual(V.STEP_DEADLINE_DAYS[level].plan);
  }
  for (const p of V.PRIORITIES) expect(V.RISK_LEVELS).toContain(V.PRESUMED_RISK[p]);
  // Higher risk, shorter deadlines.
  const plan = V.RISK_LEVELS.map((l) => V.STEP_DEADLINE_DAYS[l].plan);
  expect([...plan].sort((a, b) => a - b)).toEqual(plan);
  for (const order of V.COURT_ORDERS) expect(V.SERVICES).toContain(order);
  expect(V.STAFF_CHANNELS).toEqual(V.CHANNELS.filter((c) => c !== 'web'));
  for (const s of V.SERVICES) expect(V.consentScopesFor(s)).toContain('referral');
});

test('deadlines per priority agree with the triage rules', () => {
  expect(loadRules().deadlinesHours).toEqual(V.DEADLINE_HOURS);
});

test('referral outcomes only move forward, and every status is known', () => {
  for (const [from, to] of Object.entries(V.REFERRAL_NEXT)) {
    expect(V.REFERRAL_STATUSES).toContain(from);
    for (const s of to) expect(V.REFERRAL_STATUSES.indexOf(s)).toBeGreaterThan(V.REFERRAL_STATUSES.indexOf(from as V.ReferralStatus));
  }
});

test('every role states every capability; a dashboard needs a unit or a province to show', () => {
  for (const role of V.ROLES) expect(Object.keys(V.ROLE_CAPABILITIES[role]).sort()).toEqual([...V.CAPABILITIES].sort());
  expect(capabilitiesOf({ role: 'supervisor', queueId: 'cpu-lahore', provinceId: null }).viewDashboard).toBe(true);
  expect(capabilitiesOf({ role: 'supervisor', queueId: null, provinceId: null }).viewDashboard).toBe(false);
  expect(capabilitiesOf({ role: 'provincial', queueId: null, provinceId: 'punjab' }).viewDashboard).toBe(true);
  expect(capabilitiesOf({ role: 'officer', queueId: 'cpu-lahore', provinceId: null })).toMatchObject({
    viewDashboard: false,
    assignOthers: false,
    takeAssignments: true,
  });
});

// A copy of a list shows as three of its values side by side in an array or a union: 'shelter', 'medical_examination',
// 'physical_therapy' (two alone can be another list's: the alert ladder's steps include 'supervisor', 'provincial').
const LISTS: Record<string, readonly string[]> = {
  CATEGORIES: V.CATEGORIES,
  SERVICES: V.SERVICES,
  CLOSE_REASONS: V.CLOSE_REASONS,
  ROLES: V.ROLES,
  PRIORITIES: V.PRIORITIES,
  STAFF_STATUSES: V.STAFF_STATUSES,
  REPORTER_STATUSES: V.REPORTER_STATUSES,
  REFERRAL_STATUSES: V.REFERRAL_STATUSES,
  REPORTER_TYPES: V.REPORTER_TYPES,
  AGE_BANDS: V.AGE_BANDS,
  CHANNELS: V.CHANNELS,
  CASE_STAGES: V.CASE_STAGES,
  RISK_LEVELS: V.RISK_LEVELS,
  CONSENT_PARTIES: V.CONSENT_PARTIES,
  CONSENT_SCOPES: V.CONSENT_SCOPES,
  REVIEW_OUTCOMES: V.REVIEW_OUTCOMES,
};
const ROOT = new URL('../', import.meta.url).pathname;
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));

test('no source file outside domain/ keeps a copy of a vocabulary list', () => {
  const files = ['api', 'site', 'db']
    .flatMap((d) => walk(join(ROOT, d)))
    .filter((f) => /\.(ts|tsx|astro)$/.test(f) && !f.endsWith('.test.ts'));
  const findings: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const [name, list] of Object.entries(LISTS)) {
      for (let i = 0; i + 2 < list.length; i++) {
        const pair = new RegExp([list[i], list[i + 1], list[i + 2]].map((v) => `['"]${v}['"]`).join(String.raw`\s*[,|]\s*`));
        if (pair.test(text)) findings.push(`${relative(ROOT, file)}: a copy of ${name}`);
      }
    }
  }
  expect([...new Set(findings)]).toEqual([]);
});

describe.each(LANGS)('staff labels in %s: one namespace, every value labelled', (lang) => {
  const staff = resources[lang].staff as unknown as Record<string, Record<string, string>>;
  const dashboard = resources[lang].dashboard as unknown as Record<string, unknown>;
  test.each([
    ['service', V.SERVICES],
    ['status', V.STAFF_STATUSES],
    ['reporterStatus', V.REPORTER_STATUSES],
    ['referralStatus', V.REFERRAL_STATUSES],
    ['closeReason', V.CLOSE_REASONS],
    ['priority', V.PRIORITIES],
    ['role', V.ROLES],
    ['channel', V.CHANNELS],
    ['stage', V.CASE_STAGES],
    ['riskLevel', V.RISK_LEVELS],
    ['consentBy', V.CONSENT_PARTIES],
    ['consentScope', V.CONSENT_SCOPES],
    ['reviewOutcome', V.REVIEW_OUTCOMES],
    ['approval', V.APPROVALS],
    ['event', V.CASE_ACTIONS],
  ] as const)('%s', (group, list) => {
    for (const v of list) expect(staff[group]?.[v], `${group}.${v}`).toBeTruthy();
    // The dashboard reads these from the staff namespace: no second translation to drift apart.
    expect(dashboard[group]).toBeUndefined();
  });
});
