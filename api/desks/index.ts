// The desks feature: /api/staff/desks, the desks of the queues in the account's scope. Mounted by app.ts.
import type { RouteHandler } from '@hono/zod-openapi';
import { allDesks, deskView } from '../../directory/desks.ts';
import { queueIdsInScope } from '../kernel/scope.ts';
import { type AppDeps, type AppEnv, createRouter } from '../kernel/types.ts';
import * as routes from './routes.ts';

export function desksFeature({ db }: AppDeps) {
  // The desks this account may refer to: those of the queues in its scope, optionally one district's.
  const desks: RouteHandler<typeof routes.desks, AppEnv> = async (c) => {
    const { district } = c.req.valid('query');
    const scope = new Set(await queueIdsInScope(db, c.var.staff.user));
    const found = allDesks().filter((d) => scope.has(d.queue) && (!district || d.district === district));
    return c.json({ desks: found.map(deskView) }, 200);
  };
  return createRouter().openapi(routes.desks, desks);
}
