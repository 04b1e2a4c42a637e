// The HTTP contract (docs/api.md) as zod schemas: the same objects validate requests
// and generate /api/openapi.json.
import { z } from '@hono/zod-openapi';
import { LANGS, perLang } from '../domain/languages.ts';
import { CAPTCHA_TOKEN_MAX, PLACE_ID, reportField } from '../domain/report-form.ts';
import { RISK_ANSWERS, RISK_IDS, type RiskId } from '../domain/risks.ts';
import {
  AGE_BANDS,
  CATEGORIES,
  CLOSE_REASONS,
  GENDERS,
  PRIORITIES,
  REPORTER_STATUSES,
  REPORTER_TYPES,
  SERVICES,
} from '../domain/vocabulary.ts';

export type { AgeBand, Category, Priority, ReporterType } from '../domain/vocabulary.ts';
export { AGE_BANDS, CATEGORIES, CLOSE_REASONS, GENDERS, REPORTER_TYPES, SERVICES };
export const PRIORITY_VALUES = PRIORITIES;

export const localized = z.object(perLang(() => z.string())).openapi('LocalizedText');
const placeId = z.string().max(PLACE_ID.max).regex(PLACE_ID.pattern);

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
  .strictObject(
    Object.fromEntries(RISK_IDS.map((id) => [id, z.enum(RISK_ANSWERS).optional()])) as Record<
      RiskId,
      z.ZodOptional<z.ZodEnum<{ [K in (typeof RISK_ANSWERS)[number]]: K }>>
    >,
  )
  .openapi('RiskAnswers');

// The report's fields, limits and choices come from the form's one description (domain/report-form.ts); a test
// (domain/report-form.test.ts) checks this shape names exactly the described fields.
const field = reportField;
export const ReportInput = z
  .strictObject({
    locale: z.enum(LANGS),
    reporter: z.enum(field('reporter').choices),
    category: z.enum(field('category').choices),
    immediateDanger: z.boolean(),
    child: z.strictObject({
      ageBand: z.enum(field('child.ageBand').choices),
      gender: z.enum(field('child.gender').choices).default(field('child.gender').default),
    }),
    location: z.strictObject({ province: placeId, district: placeId, details: optionalText(field('location.details').max) }),
    description: text(field('description').min, field('description').max),
    contact: optionalText(field('contact').max),
    risks: RiskAnswers.optional(),
    captchaToken: z.string().max(CAPTCHA_TOKEN_MAX).optional(),
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
    /** The reporter answered "this is happening to me": the page uses the child's wording. */
    child: z.boolean(),
    statusHistory: z.array(z.object({ status: z.string(), at: z.string() })),
    // `unit`: the name of the unit that wrote a staff message (null for the reporter's own, or where it is not known).
    messages: z.array(z.object({ from: z.enum(['reporter', 'staff']), body: z.string(), at: z.string(), unit: localized.nullable() })),
  })
  .openapi('ReporterView');

export const Locations = z
  .object({
    provinces: z.array(z.object({ id: z.string(), name: localized, districts: z.array(z.object({ id: z.string(), name: localized })) })),
  })
  .openapi('Locations');

/** A service desk as anyone referring to it, or answering for it, sees it (not its source or queue). */
export const Desk = z
  .object({
    id: z.string(),
    service: z.enum(SERVICES),
    district: z.string(),
    name: z.object(perLang(() => z.string())),
    confirmed: z.boolean(),
  })
  .openapi('Desk');

export const ErrorBody = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), fields: z.record(z.string(), z.string()).optional() }),
  })
  .openapi('Error');

export const LoginInput = z
  .strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256), totp: z.string().max(32).optional() })
  .openapi('LoginInput');
