import type { RouteHandler } from '@hono/zod-openapi';
import type { AppDeps, AppEnv } from '../kernel/types.ts';
import { locationTree, ping } from './queries.ts';
import type * as routes from './routes.ts';

export function publicHandlers({ db }: AppDeps) {
  const health: RouteHandler<typeof routes.health, AppEnv> = async (c) => {
    await ping(db);
    return c.json({ status: 'ok' as const }, 200);
  };
  const locations: RouteHandler<typeof routes.locations, AppEnv> = async (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.json(await locationTree(db), 200);
  };
  return { health, locations };
}
