// A report as staff work it: the action a request carries (one per request) and the view it is answered with.
import { z } from '@hono/zod-openapi';
import { LANGS, perLang } from '../../domain/languages.ts';
import {
  CATEGORIES,
  CHANNELS,
  CLOSE_REASONS,
  PRIORITIES,
  REFERRAL_STATUSES,
  REPORTER_STATUSES,
  SERVICES,
  STAFF_STATUSES,
} from '../../domain/vocabulary.ts';
import { CaseRecord } from './record-schema.ts';
import { CASE_STEP_ACTIONS } from './step-schemas.ts';

const text = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(min).max(max));

/** One action (a discriminated union on `type`); api/case/actions.ts applies it. */
export const ActionInput = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('assign'), to: z.string().min(1).max(64) }),
    z.strictObject({ type: z.literal('set_priority'), priority: z.enum(PRIORITIES), reason: text(1, 500) }),
    z.strictObject({ type: z.literal('set_category'), category: z.enum(CATEGORIES), reason: text(1, 500) }),
    z.strictObject({
      type: z.literal('refer'),
      service: z.enum(SERVICES),
      desk: z.string().min(1).max(100).optional(),
      note: text(0, 1000).optional(),
    }),
    z.strictObject({
      type: z.literal('update_referral'),
      referralId: z.string().regex(/^\d{1,12}$/),
      status: z.enum(REFERRAL_STATUSES).exclude(['requested']),
      note: text(0, 1000).optional(),
    }),
    z.strictObject({ type: z.literal('transfer'), queueId: z.string().min(1).max(64), reason: text(1, 500) }),
    z.strictObject({ type: z.literal('note'), body: text(1, 5000) }),
    z.strictObject({ type: z.literal('message'), body: text(1, 2000) }),
    z.strictObject({ type: z.literal('mark_duplicate'), of: z.string().min(1).max(32) }),
    z.strictObject({ type: z.literal('close'), reason: z.enum(CLOSE_REASONS), note: text(0, 1000).optional() }),
    z.strictObject({ type: z.literal('reopen'), reason: text(1, 500) }),
    z.strictObject({ type: z.literal('acknowledge') }),
    z.strictObject({ type: z.literal('screen'), priority: z.enum(PRIORITIES), category: z.enum(CATEGORIES).optional() }),
    ...CASE_STEP_ACTIONS,
  ])
  .openapi('StaffAction');
export type ActionInput = z.output<typeof ActionInput>;

export const ReferenceParams = z.object({
  reference: z.string().openapi({ param: { name: 'reference', in: 'path' }, example: 'CP-2345-6789' }),
});

const localized = z.object(perLang(() => z.string()));

const Entry = z.object({
  from: z.enum(['reporter', 'staff', 'note']),
  body: z.string().nullable(),
  at: z.string(),
  by: z.string().nullable(),
  queueId: z.string().nullable(),
});

/** After a transfer the sending CPU keeps only what it wrote. */
const RestrictedCase = z.object({
  reference: z.string(),
  access: z.literal('restricted'),
  notes: z.array(Entry),
  messages: z.array(Entry),
});

const FullCase = z.object({
  reference: z.string(),
  access: z.literal('full'),
  priority: z.enum(PRIORITIES),
  dueAt: z.string(),
  overdue: z.boolean(),
  reasons: z.array(z.object({ id: z.string() }).catchall(z.string())),
  category: z.string(),
  suggestedCategory: z.string().nullable(),
  reporter: z.string(),
  immediateDanger: z.boolean(),
  child: z.object({ ageBand: z.string(), gender: z.string() }),
  location: z.object({ province: z.string(), district: z.string(), details: z.string().nullable() }),
  description: z.string().nullable(),
  contact: z.string().nullable(),
  locale: z.enum(LANGS),
  channel: z.enum(CHANNELS),
  status: z.enum(STAFF_STATUSES),
  reporterStatus: z.enum(REPORTER_STATUSES),
  queue: z.object({ id: z.string(), name: localized }),
  queueId: z.string(),
  verified: z.boolean(),
  assignedTo: z.string().nullable(),
  screenedAt: z.string().nullable(),
  screenedBy: z.string().nullable(),
  screeningDueAt: z.string().nullable(),
  screeningMinutes: z.number(),
  harmAlert: z.boolean(),
  duplicateOf: z.string().nullable(),
  possibleDuplicates: z.array(z.string()),
  closeReason: z.string().nullable(),
  createdAt: z.string(),
  erased: z.boolean(),
  history: z.array(z.object({ type: z.string(), at: z.string(), by: z.string().nullable(), data: z.record(z.string(), z.unknown()) })),
  referrals: z.array(
    z.object({
      id: z.string(),
      service: z.string(),
      desk: z.string().nullable(),
      status: z.enum(REFERRAL_STATUSES),
      note: z.string().nullable(),
      dueAt: z.string().nullable(),
      overdue: z.boolean(),
      createdAt: z.string(),
      updatedAt: z.string(),
    }),
  ),
  notes: z.array(Entry),
  messages: z.array(Entry),
  case: CaseRecord,
});

export const CaseView = z.discriminatedUnion('access', [FullCase, RestrictedCase]).openapi('StaffReport');
