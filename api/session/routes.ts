// The session feature's contract: sign in and out, the signed-in account, and its second factor.
import { z } from '@hono/zod-openapi';
import { CAPABILITIES, ROLES } from '../../domain/vocabulary.ts';
import { describedErrors, GUARDED } from '../kernel/error-responses.ts';
import { PUBLIC, SIGNED_IN, staffRoute } from '../kernel/policy.ts';
import { LoginInput } from '../schemas.ts';
import { jsonFromOwnOrigin } from './origin.ts';

export const signIn = staffRoute({
  method: 'post',
  path: '/api/staff/session',
  rule: PUBLIC,
  summary: 'Sign in',
  description:
    'JSON from the site’s own origin only (login CSRF). Failures slow only the failing client (429 after 30 in 15 minutes); no account is ever locked. Unknown usernames get the same answers as wrong passwords.',
  middleware: [jsonFromOwnOrigin] as const,
  request: { body: { content: { 'application/json': { schema: LoginInput } }, required: true } },
  responses: {
    204: { description: 'Signed in; session cookie set' },
    ...describedErrors({
      400: 'validation_failed',
      401: 'invalid_credentials (a second factor is asked for with fields.totp)',
      403: 'forbidden: the Origin is not the site’s',
      415: 'unsupported_media_type: not application/json',
      429: 'rate_limited: too many failures from this client',
    }),
  },
});

export const signOut = staffRoute({
  method: 'delete',
  path: '/api/staff/session',
  rule: SIGNED_IN,
  summary: 'Sign out: the session ends on the server',
  responses: { 204: { description: 'Signed out; cookie cleared' }, ...describedErrors(GUARDED) },
});

const Me = z
  .object({
    username: z.string(),
    role: z.enum(ROLES),
    queueId: z.string().nullable(),
    provinceId: z.string().nullable(),
    csrfToken: z.string(),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
    can: z.record(z.enum(CAPABILITIES), z.boolean()),
    mustChangePassword: z.boolean(),
    recoveryCodesLeft: z.number().int(),
  })
  .openapi('StaffMe');

export const me = staffRoute({
  method: 'get',
  path: '/api/staff/me',
  rule: SIGNED_IN,
  summary: 'The signed-in account: role, scope, CSRF token and what it may do',
  responses: { 200: { description: 'The account', content: { 'application/json': { schema: Me } } }, ...describedErrors(GUARDED) },
});

export const totpEnrol = staffRoute({
  method: 'post',
  path: '/api/staff/totp/enrol',
  rule: SIGNED_IN,
  summary: 'Start two-factor enrolment: a fresh secret, as text and as a QR code',
  responses: {
    200: {
      description: 'The secret (not active until confirmed)',
      content: {
        'application/json': { schema: z.object({ secret: z.string(), otpauthUrl: z.string(), qr: z.string() }).openapi('TotpEnrolment') },
      },
    },
    ...describedErrors({ ...GUARDED, 403: 'forbidden: two-factor is already on, or CSRF failed' }),
  },
});

export const TotpConfirmInput = z.strictObject({ code: z.string().min(1).max(16) }).openapi('TotpConfirmInput');

export const totpConfirm = staffRoute({
  method: 'post',
  path: '/api/staff/totp/confirm',
  rule: SIGNED_IN,
  summary: 'Confirm enrolment with a current code; answers the recovery codes once',
  request: { body: { content: { 'application/json': { schema: TotpConfirmInput } }, required: true } },
  responses: {
    200: {
      description: 'Two-factor on',
      content: { 'application/json': { schema: z.object({ recoveryCodes: z.array(z.string()) }).openapi('RecoveryCodes') } },
    },
    ...describedErrors({
      ...GUARDED,
      400: 'validation_failed (fields.code: the code is wrong)',
      403: 'forbidden: nothing to confirm, or CSRF failed',
    }),
  },
});
