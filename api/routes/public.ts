import { createRoute, z } from '@hono/zod-openapi';
import { asc } from 'drizzle-orm';
import { byName, districts, provinces } from '../../db/schema.ts';
import { createRouter, type AppDeps, type Router } from '../types.ts';
import { Locations } from '../schemas.ts';

export function publicRoutes({ db }: AppDeps): Router {
  const app = createRouter();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      summary: 'Liveness: ok once the database answers',
      responses: { 200: { description: 'Healthy', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } } },
    }),
    async (c) => {
      await db.$client.execute('SELECT 1');
      return c.json({ status: 'ok' as const }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/locations',
      summary: 'Provinces/regions and their districts, in English and Urdu',
      responses: { 200: { description: 'Locations', content: { 'application/json': { schema: Locations } } } },
    }),
    async (c) => {
      const [provs, dists] = await Promise.all([
        db.select().from(provinces).orderBy(asc(provinces.sort)),
        db.select().from(districts).orderBy(asc(byName(districts.names))),
      ]);
      const body = {
        provinces: provs.map((p) => ({
          id: p.id,
          name: p.names,
          districts: dists
            .filter((d) => d.provinceId === p.id)
            // "Other / not listed" last, after the alphabetical list.
            .sort((a, b) => Number(a.id === 'unknown') - Number(b.id === 'unknown'))
            .map((d) => ({ id: d.id, name: d.names })),
        })),
      };
      c.header('Cache-Control', 'public, max-age=3600');
      return c.json(body, 200);
    },
  );
  return app;
}
