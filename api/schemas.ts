// The HTTP contract (docs/api.md) as zod schemas: the same objects validate requests
// and generate /api/openapi.json.
import { z } from '@hono/zod-openapi';

import { AGE_BANDS, CATEGORIES, CLOSE_REASONS, GENDERS, PRIORITIES, REPORTER_STATUSES, REPORTER_TYPES, SERVICES } from '../domain/vocabulary.ts';
import { RISK_ANSWERS, RISK_IDS, type RiskId } from '../domain/risks.ts';
import { LANGS, perLang } from '../domain/languages.ts';

export { AGE_BANDS, CATEGORIES, CLOSE_REASONS, GENDERS, REPORTER_TYPES, SERVICES };
export type { AgeBand, Category, Priority, ReporterType } from '../domain/vocabulary.ts';
export const PRIORITY_VALUES = PRIORITIES;

export const localized = z.object(perLang(() => z.string())).openapi('LocalizedText');
const id = z.string().max(64).regex(/^[a-z0-9-]+$/);

/** Text as typed, Unicode-normalised to NFC; length counted in code points after trimming. */
const text = (min: number, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(min).max(max));

const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .optional();

/** The risk questions' answers: every key optional, an unknown key refused (contract: `risks`). */
export const RiskAnswers = z
  .strictObject(Object.fromEntries(RISK_IDS.map((id) => [id, z.enum(RISK_ANSWERS).optional()])) as Record<RiskId, z.ZodOptional<z.ZodEnum<{ [K in (typeof RISK_ANSWERS)[number]]: K }>>>)
  .openapi('RiskAnswers');

export const ReportInput = z
  .strictObject({
    locale: z.enum(LANGS),
    reporter: z.enum(REPORTER_TYPES),
    category: z.enum(CATEGORIES),
    immediateDanger: z.boolean(),
    child: z.strictObject({ ageBand: z.enum(AGE_BANDS), gender: z.enum(GENDERS).default('unknown') }),
    location: z.strictObject({ province: id, district: id, details: optionalText(500) }),
    description: text(10, 5000),
    contact: optionalText(200),
    risks: RiskAnswers.optional(),
    captchaToken: z.string().max(4096).optional(),
  })
  .openapi('ReportInput');
export type ReportInput = z.output<typeof ReportInput>;

export const QueueRef = z
  .object({ id: z.string(), name: localized, province: z.string().nullable(), district: z.string().nullable() })
  .openapi('QueueRef');

export const EmergencyNumber = z.object({ number: z.string(), name: localized });

export const ReportCreated = z
  .object({
    reference: z.string(),
    receipt: z.string().regex(/^\d{16}$/),
    priority: z.enum(PRIORITY_VALUES),
    queue: QueueRef,
    verified: z.boolean(),
    emergency: z.object({ numbers: z.array(EmergencyNumber) }).nullable(),
  })
  .openapi('ReportCreated');

export const ReceiptInput = z.strictObject({ receipt: z.string().max(64), locale: z.enum(LANGS).optional() }).openapi('ReceiptInput');
export const ReporterMessageInput = z
  .strictObject({ receipt: z.string().max(64), body: text(1, 2000), locale: z.enum(LANGS).optional() })
  .openapi('ReporterMessageInput');

export const ReporterView = z
  .object({
    reference: z.string(),
    status: z.enum(REPORTER_STATUSES),
    statusHistory: z.array(z.object({ status: z.string(), at: z.string() })),
    messages: z.array(z.object({ from: z.enum(['reporter', 'staff']), body: z.string(), at: z.string() })),
  })
  .openapi('ReporterView');

export const Locations = z
  .object({
    provinces: z.array(
      z.object({ id: z.string(), name: localized, districts: z.array(z.object({ id: z.string(), name: localized })) }),
    ),
  })
  .openapi('Locations');

export const ErrorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
  })
  .openapi('Error');

export const LoginInput = z
  .strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256), totp: z.string().max(32).optional() })
  .openapi('LoginInput');
