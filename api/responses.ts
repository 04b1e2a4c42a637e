// The error answers a route declares in /api/openapi.json. Every error has the one body the contract gives
// (ErrorBody: a machine code, a message in the request's language, and per-field messages for validation).
import { ErrorBody } from './schemas.ts';

const errorContent = { 'application/json': { schema: ErrorBody } };
type ErrorResponse = { description: string; content: typeof errorContent };

/** `{ 404: 'not_found: …' }` → the OpenAPI responses for those statuses, each with the error body. */
export function errorResponses<S extends number>(described: Record<S, string>): Record<S, ErrorResponse> {
  const out = {} as Record<S, ErrorResponse>;
  for (const status of Object.keys(described) as unknown as S[]) out[status] = { description: described[status], content: errorContent };
  return out;
}

/** What every route behind the staff guard may answer before its handler runs (api/auth/guard.ts). */
export const GUARDED = {
  401: 'unauthorized: no live session',
  403: 'forbidden: the role may not call this route, a gate (password change, two-factor enrolment) comes first, or CSRF failed',
} as const;
