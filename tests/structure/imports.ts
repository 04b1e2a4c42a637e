// The project's import graph, read from the source (relative imports only; type-only imports count too, since a
// circle of types still ties two modules together for a reader).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|tsx|astro|mjs)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '.astro', '.git', '.tmp', 'test-results', 'playwright-report']);

export function sourceFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    if (SKIP_DIRS.has(name)) continue;
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) out.push(...sourceFiles(root, rel));
    else if (SOURCE.test(name)) out.push(rel);
  }
  return out;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative imports of one file, resolved to paths under root. */
export function importsOf(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec?.startsWith('.')) continue;
    const target = relative(root, resolve(root, dirname(file), spec.replace(/\?.*$/, '')));
    found.push(target);
  }
  return found;
}

/** Every cycle in the graph (each reported once, starting from its smallest file name). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found = new Map<string, string[]>();
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'active');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'active') {
        const cycle = stack.slice(stack.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        found.set(canonical.join(' → '), canonical);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return [...found.values()];
}

const TYPE_ONLY = /(?:^|\n)\s*(?:import|export)\s+type\s[^'"`;]*?from\s*['"]([^'"]+)['"]/g;

/** The relative imports of one file that are type-only (`import type … from`), resolved like importsOf. */
export function typeOnlyImportsOf(root: string, file: string): Set<string> {
  const text = readFileSync(join(root, file), 'utf8');
  const found = new Set<string>();
  for (const m of text.matchAll(TYPE_ONLY)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) found.add(relative(root, resolve(root, dirname(file), spec)));
  }
  return found;
}
