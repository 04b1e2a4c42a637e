// The error answers a route can give, described once for /api/openapi.json. Every error has the same body
// (ErrorBody: a machine code, a message in the request's language, and per-field messages on a 400).
import type { z } from '@hono/zod-openapi';
import { ErrorBody } from '../schemas.ts';

const DESCRIPTIONS = {
  400: 'Invalid input (validation_failed): `fields` says what to correct, in the request language',
  401: 'Not signed in, or the session ended (unauthorized)',
  403: "The account's role may not do this, or the Origin/CSRF check failed (forbidden)",
  404: "No such object in the account's scope (not_found)",
  413: 'The body is larger than the route accepts (too_large)',
  415: 'The body is not JSON (unsupported_media_type)',
} as const;

type Status = keyof typeof DESCRIPTIONS;
type ErrorResponse = { description: string; content: { 'application/json': { schema: typeof ErrorBody } } };

/** `responses` entries for the given error statuses, to spread into a createRoute's responses. */
export function errorResponses<S extends Status>(...statuses: S[]): { [K in S]: ErrorResponse } {
  const out = {} as { [K in S]: ErrorResponse };
  for (const s of statuses) out[s] = { description: DESCRIPTIONS[s], content: { 'application/json': { schema: ErrorBody } } };
  return out;
}

/** A JSON body of this schema, for a createRoute's request body or response. */
export const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });

/** An error answer with a route-specific description (the body is the shared ErrorBody). */
export const refusal = (description: string) => ({ description, ...json(ErrorBody) });

/** `{ 404: 'not_found: …' }` → error answers with route-specific descriptions, each with the error body. */
export function describedErrors<S extends number>(described: Record<S, string>): Record<S, ErrorResponse> {
  const out = {} as Record<S, ErrorResponse>;
  for (const status of Object.keys(described) as unknown as S[]) out[status] = { description: described[status], ...json(ErrorBody) };
  return out;
}

/** What every route behind the staff guard may answer before its handler runs (api/kernel/guard.ts). */
export const GUARDED = {
  401: 'unauthorized: no live session',
  403: 'forbidden: the role may not call this route, a gate (password change, two-factor enrolment) comes first, or CSRF failed',
} as const;
