// The public feature's contract: what anyone may read without an account.
import { createRoute, z } from '@hono/zod-openapi';
import { Locations } from '../schemas.ts';

export const health = createRoute({
  method: 'get',
  path: '/api/health',
  summary: 'Liveness: ok once the database answers',
  responses: { 200: { description: 'Healthy', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } } },
});

export const locations = createRoute({
  method: 'get',
  path: '/api/locations',
  summary: 'Provinces/regions and their districts, named in every language',
  responses: { 200: { description: 'Locations', content: { 'application/json': { schema: Locations } } } },
});
