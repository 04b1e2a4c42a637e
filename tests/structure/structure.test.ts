// The shape a newcomer can read: no import circles, no long files. Measured on the tree itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cycles, importsOf, sourceFiles } from './imports.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIRS = ['api', 'site', 'domain', 'directory', 'db', 'locales', 'bench'];
const MAX_LINES = 400;

const files = DIRS.flatMap((d) => sourceFiles(ROOT, d));

describe('import graph', () => {
  it('finds circles when there are some (the checker itself)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cycles(g)).toEqual([['a', 'b', 'c']]);
  });

  it('has no import circle in api/, site/ or the modules they share', () => {
    const graph = new Map(files.map((f) => [f, importsOf(ROOT, f)]));
    expect(files.length).toBeGreaterThan(100);
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });
});

describe('file length', () => {
  it(`keeps every source file outside tests and data under ${MAX_LINES} lines`, () => {
    const long = files
      .filter((f) => !/\.test\.tsx?$|\.spec\.ts$/.test(f) && !f.startsWith('db/migrations/'))
      .map((f) => ({ f, lines: readFileSync(ROOT + f, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines}`);
    expect(long).toEqual([]);
  });
});
