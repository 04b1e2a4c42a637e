// The partner feature's contract (docs/api.md, "Referral partners"): the partner's own list of referrals addressed
// to its desk, and its answers. A partner sees the minimum a service needs and never the
// reporter's words, contact or messages. Who may call each route: the rule beside its path.
import { z } from '@hono/zod-openapi';
import { PRIORITIES, REFERRAL_STATUSES } from '../../domain/vocabulary.ts';
import { json, refusal } from '../kernel/error-responses.ts';
import { can, staffRoute } from '../kernel/policy.ts';
import { Desk } from '../schemas.ts';

const noteText = z
  .string()
  .transform((s) => s.normalize('NFC').trim())
  .pipe(z.string().max(1000));

export const ReferralQuery = z.strictObject({
  status: z
    .enum(['open', 'all', ...REFERRAL_STATUSES])
    .default('open')
    .openapi({ description: 'open: requested or accepted (the default); all; or one status' }),
});
export const PartnerAnswer = z
  .strictObject({
    status: z.enum(REFERRAL_STATUSES).exclude(['requested']),
    note: noteText.optional().openapi({ description: 'Required to decline' }),
  })
  .openapi('PartnerAnswer');

const PartnerReferral = z
  .object({
    id: z.string(),
    reference: z.string(),
    service: z.string(),
    child: z.object({ ageBand: z.string(), gender: z.string() }),
    category: z.string(),
    priority: z.enum(PRIORITIES),
    district: z.string(),
    // The referring officer's note, written for the desk (never the reporter's text).
    note: z.string().nullable(),
    status: z.enum(REFERRAL_STATUSES),
    dueAt: z.string().nullable(),
    overdue: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('PartnerReferral');

export const referrals = staffRoute({
  method: 'get',
  path: '/api/partner/referrals',
  rule: can('answerReferrals'),
  summary: "Referrals addressed to the partner's desk (never the reporter's words, contact or messages); the view is audit-logged",
  request: { query: ReferralQuery },
  responses: {
    200: {
      description: 'The desk (null for an account without one) and its referrals',
      ...json(z.object({ desk: Desk.nullable(), referrals: z.array(PartnerReferral) })),
    },
    400: refusal('validation_failed'),
    403: refusal('forbidden'),
  },
});

export const answer = staffRoute({
  method: 'post',
  path: '/api/partner/referrals/{referralId}',
  rule: can('answerReferrals'),
  summary: 'Accept, decline (with a reason) or complete a referral; the CPU sees the note in the history',
  request: {
    params: z.object({ referralId: z.string().openapi({ param: { name: 'referralId', in: 'path' }, example: '42' }) }),
    body: { ...json(PartnerAnswer), required: true },
  },
  responses: {
    200: {
      description: 'The referral',
      ...json(z.object({ id: z.string(), reference: z.string(), status: z.enum(REFERRAL_STATUSES), updatedAt: z.string() })),
    },
    400: refusal('validation_failed (also a step the referral cannot take, or a decline without a note)'),
    403: refusal('forbidden'),
    404: refusal("not_found (also another desk's referral, whatever the body)"),
  },
});
