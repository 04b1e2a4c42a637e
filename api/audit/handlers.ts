import type { RouteHandler } from '@hono/zod-openapi';
import { appendAudit } from '../kernel/audit-log.ts';
import { queueIdsInScope } from '../kernel/scope.ts';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { AUDIT_PAGE, auditPage } from './queries.ts';
import type * as routes from './routes.ts';

export function auditHandlers({ db }: AppDeps) {
  const auditLog: RouteHandler<typeof routes.auditLog, AppEnv> = async (c) => {
    const { user } = c.var.staff;
    const { before } = c.req.valid('query');
    // An admin without a queue oversees every unit; everyone else the queues in their scope.
    const scope = user.role === 'admin' && !user.queueId ? null : await queueIdsInScope(db, user);
    const rows = await auditPage(db, scope, before ? Number(before) : null);
    await appendAudit(db.$client, { staffId: user.id, username: user.username, action: 'audit_viewed', queueId: user.queueId });
    return c.json(
      {
        entries: rows.map((r) => ({
          id: r.id,
          at: new Date(r.at).toISOString(),
          username: r.username,
          action: r.action,
          target: r.target,
          queueId: r.queueId,
          detail: JSON.parse(r.detail) as Record<string, unknown>,
        })),
        nextBefore: rows.length === AUDIT_PAGE ? String(rows[rows.length - 1]!.id) : null,
      },
      200,
    );
  };
  return { auditLog };
}
