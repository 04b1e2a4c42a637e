// A module graph from source text, and the import circles in it (issue 19: none in api/ or site/). Used by
// tests/site/islands-shape.test.ts; any folder's sources can be checked the same way.
import { dirname, relative, resolve } from 'node:path';

/** Relative imports and re-exports of a module, `import type` included (an erased import still ties the modules). */
export function importsOf(source: string): string[] {
  return [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]|^\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/gm),
  ].map((m) => (m[1] ?? m[2])!);
}

/** Every circle in a module graph, each as the path that closes it (a → b → a). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (node: string, stack: string[]) => {
    state.set(node, 'open');
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next, [...stack, next]);
    }
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node, [node]);
  return cycles;
}

/** `sources`: path (relative to the repository) → text. Edges go only to modules among the sources. */
export function importGraph(sources: Map<string, string>): Map<string, string[]> {
  return new Map(
    [...sources].map(([path, src]) => [
      path,
      importsOf(src)
        .map((spec) => relative('.', resolve(dirname(path), spec)))
        .filter((dep) => sources.has(dep)),
    ]),
  );
}
