// The house's shape, measured on the tree: no arrow runs back up (a lower layer importing a higher one, the kernel
// importing a feature, site/ or db/ importing API code), no feature imports another, no loop between folders.
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, sourceFiles, typeOnlyImportsOf } from './imports.ts';
import { LAYERS, layerOf, ON_TOP, PENDING, SITE_CLIENT, unitOf } from './layers.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const isTest = (f: string) => /\.test\.tsx?$|\.spec\.ts$/.test(f);
const files = ['api', 'site', 'domain', 'directory', 'db', 'locales'].flatMap((d) => sourceFiles(ROOT, d));

interface Edge {
  from: string;
  to: string;
  typeOnly: boolean;
}
const edges: Edge[] = files.flatMap((f) => {
  const types = typeOnlyImportsOf(ROOT, f);
  return importsOf(ROOT, f).map((to) => ({ from: f, to, typeOnly: types.has(to) }));
});
const show = (e: Edge) => `${e.from} -> ${e.to}`;

/** Why an edge breaks the house, or null. */
function breach(e: Edge): string | null {
  const a = unitOf(e.from);
  const b = unitOf(e.to);
  if (!a || !b || a === b) return null;
  const la = layerOf(a);
  const lb = layerOf(b);
  const layer = LAYERS[la]!;
  if (ON_TOP.some((d) => e.to.startsWith(`${d}/`))) return 'imports test or bench code';
  if (layer.only) {
    if (layer.only.includes(b)) return null;
    if (e.typeOnly && e.from.startsWith(SITE_CLIENT) && b.startsWith('api')) return null;
    return `${a} may import only ${layer.only.join(', ')}${a === 'site' ? ` (and API types in ${SITE_CLIENT})` : ''}`;
  }
  if (lb > la) return `runs back up: ${LAYERS[la]!.name.split(':')[0]} imports ${LAYERS[lb]!.name.split(':')[0]}`;
  if (lb === la && layer.features) return `one feature imports another (${a} → ${b})`;
  return null;
}

describe('the house', () => {
  it('classifies every source file (a new top-level folder under api/ is given a layer in tests/structure/layers.ts)', () => {
    expect(files.filter((f) => !unitOf(f))).toEqual([]);
  });

  it('finds a breach when there is one (the checker itself)', () => {
    expect(breach({ from: 'db/seed.ts', to: 'api/reports/queries.ts', typeOnly: false })).toMatch(/runs back up/);
    expect(breach({ from: 'api/kernel/types.ts', to: 'api/alerts/service.ts', typeOnly: true })).toMatch(/runs back up/);
    expect(breach({ from: 'api/case/queries.ts', to: 'api/queue/queries.ts', typeOnly: false })).toMatch(/one feature/);
    expect(breach({ from: 'site/components/X.astro', to: 'api/reports/queries.ts', typeOnly: false })).toMatch(/may import only/);
    expect(breach({ from: 'site/islands/api/types.ts', to: 'api/app.ts', typeOnly: true })).toBeNull();
    expect(breach({ from: 'api/queue/queries.ts', to: 'api/kernel/scope.ts', typeOnly: false })).toBeNull();
  });

  it('has no arrow back up and no feature importing another (source files)', () => {
    const found = edges
      .filter((e) => !isTest(e.from) && !PENDING.includes(show(e)))
      .flatMap((e) => {
        const why = breach(e);
        return why ? [`${show(e)}: ${why}`] : [];
      });
    expect(found).toEqual([]);
  });

  it('has no test beside a feature importing another feature', () => {
    const found = edges.filter((e) => isTest(e.from) && breach(e)?.startsWith('one feature')).map(show);
    expect(found).toEqual([]);
  });

  it('has no loop between folders', () => {
    const graph = new Map<string, string[]>();
    for (const e of edges) {
      const a = unitOf(e.from);
      const b = unitOf(e.to);
      if (!a || !b || a === b || isTest(e.from) || PENDING.includes(show(e))) continue;
      graph.set(a, [...new Set([...(graph.get(a) ?? []), b])]);
      if (!graph.has(b)) graph.set(b, []);
    }
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });
});
