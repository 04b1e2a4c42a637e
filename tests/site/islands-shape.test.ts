// The islands' shape (issue 19): every call to the API goes through the one client (site/islands/api/), no file
// is over 400 lines, and no import circle (type-only imports included) runs through site/islands.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cyclesOf, importGraph, importsOf } from '../module-graph.ts';

const ROOT = 'site/islands';
const CLIENT = 'site/islands/api/';
const MAX_LINES = 400;
// Owned by the report-form stream, which splits it and moves its calls onto the client; drop this when it merges.
const NOT_YET = new Set(['site/islands/ReportForm.tsx']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const lineCount = (src: string) => src.split('\n').length - (src.endsWith('\n') ? 1 : 0);
const sources = new Map(files(ROOT).map((f) => [relative('.', f), readFileSync(f, 'utf8')]));

describe('the checks themselves', () => {
  test('imports are found in every form, type-only and re-exports included', () => {
    const src =
      "import { a } from './a.ts';\nimport type { B } from '../b.tsx';\nexport { c } from './c.ts';\nimport './d.css';\nimport x from 'react';";
    expect(importsOf(src)).toEqual(['./a.ts', '../b.tsx', './c.ts', './d.css']);
  });
  test('a circle is found and named; a diamond is not a circle', () => {
    const circle = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect(cyclesOf(circle)).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cyclesOf(
        new Map([
          ['x', ['y']],
          ['y', ['y']],
        ]),
      ),
    ).toEqual([['y', 'y']]);
    expect(
      cyclesOf(
        new Map([
          ['a', ['b', 'c']],
          ['b', ['d']],
          ['c', ['d']],
          ['d', []],
        ]),
      ),
    ).toEqual([]);
  });
});

test('only the API client calls fetch or opens an EventSource', () => {
  const callers = [...sources]
    .filter(([path]) => !path.startsWith(CLIENT) && !NOT_YET.has(path))
    .flatMap(([path, src]) =>
      src.split('\n').flatMap((line, i) => (/\bfetch\s*\(|new\s+EventSource\s*\(/.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
    );
  expect(callers).toEqual([]);
});

test(`no island file is over ${MAX_LINES} lines`, () => {
  const long = [...sources]
    .filter(([path, src]) => !NOT_YET.has(path) && lineCount(src) > MAX_LINES)
    .map(([path, src]) => `${path}: ${lineCount(src)}`);
  expect(long).toEqual([]);
});

test('no import circle in site/islands', () => {
  expect(cyclesOf(importGraph(sources)).map((c) => c.join(' → '))).toEqual([]);
});
