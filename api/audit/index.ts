// The audit feature: GET /api/staff/audit reads the hash-chained log that api/kernel/audit-log.ts appends to.
// Lower-level modules import log.ts only, never this router.
import { type AppDeps, createRouter } from '../kernel/types.ts';
import { auditHandlers } from './handlers.ts';
import * as routes from './routes.ts';

export function auditFeature(deps: AppDeps) {
  const h = auditHandlers(deps);
  return createRouter().openapi(routes.auditLog, h.auditLog);
}
