// /api/openapi.json describes the whole API: every route the router answers under /api is in the document, with
// the method, the path parameters and (for writes) the body schema the route validates with, and nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../tests/fixtures/test-app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Operation = { parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, { schema?: unknown }> } };
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

const toOpenApiPath = (path: string) => path.replace(/:([A-Za-z_]+)/g, '{$1}');

function routerRoutes(app: TestApp['app']): string[] {
  const keys = app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && r.path !== '/api/openapi.json' && !r.path.endsWith('*'))
    .map((r) => `${r.method.toUpperCase()} ${toOpenApiPath(r.path)}`);
  return [...new Set(keys)].sort();
}

describe('/api/openapi.json', () => {
  it('lists exactly the routes the router answers under /api', async () => {
    const res = await t.app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as Doc;
    expect(doc.openapi).toMatch(/^3\.1/);
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const routes = routerRoutes(t.app);
    expect(routes.length).toBeGreaterThan(40);
    expect(
      routes.filter((r) => !documented.includes(r)),
      'routes missing from the document',
    ).toEqual([]);
    expect(
      documented.filter((r) => !routes.includes(r)),
      'documented routes the router does not answer',
    ).toEqual([]);
  });

  it('describes every path parameter and the body of every write', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as Doc;
    const gaps: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const name of [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)) {
          if (!op.parameters?.some((p) => p.in === 'path' && p.name === name)) gaps.push(`${method} ${path}: parameter ${name}`);
        }
        const bodies = Object.values(op.requestBody?.content ?? {});
        if (bodies.some((b) => !b.schema)) gaps.push(`${method} ${path}: body without a schema`);
      }
    }
    expect(gaps).toEqual([]);
  });
});
