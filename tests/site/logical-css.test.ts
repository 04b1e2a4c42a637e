// Logical CSS only: one stylesheet serves left-to-right English and right-to-left Urdu. Physical left/right in any
// site stylesheet, Astro component or React island (including inline style objects) fails here with file:line.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const PHYSICAL: [RegExp, string][] = [
  [/\b(margin|padding|border|scroll-margin|scroll-padding)-(left|right)\b/i, 'use *-inline-start / *-inline-end'],
  [/\bborder-(top|bottom)-(left|right)-radius\b/i, 'use border-start-start-radius etc.'],
  [/(^|[\s;{("'`])(left|right)\s*:/i, 'use inset-inline-start / inset-inline-end'],
  [/\btext-align\s*:\s*(left|right)\b/i, 'use text-align: start / end'],
  [/\bfloat\s*:\s*(left|right)\b/i, 'use float: inline-start / inline-end'],
  [/\bclear\s*:\s*(left|right)\b/i, 'use clear: inline-start / inline-end'],
  [/\b(margin|padding|border)(Left|Right)\b/, 'use marginInlineStart etc. in style objects'],
  [/\btextAlign\s*:\s*['"](left|right)['"]/, "use textAlign: 'start' / 'end'"],
  [/\bfloat\s*:\s*['"](left|right)['"]/, "use float: 'inline-start'"],
];

function physicalProperties(source: string, file: string): string[] {
  return source
    .split('\n')
    .flatMap((line, i) => PHYSICAL.filter(([re]) => re.test(line)).map(([, fix]) => `${file}:${i + 1}: ${line.trim()}  (${fix})`));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(css|astro|tsx|jsx)$/.test(name) ? [path] : [];
  });
}

test('no physical left/right in site/**/*.css|astro|tsx', () => {
  const root = new URL('../../', import.meta.url).pathname;
  const list = files(join(root, 'site'));
  expect(list.length).toBeGreaterThan(3);
  expect(list.flatMap((f) => physicalProperties(readFileSync(f, 'utf8'), relative(root, f)))).toEqual([]);
});

test('the lint catches physical properties and lets logical ones through', () => {
  const bad = [
    'margin-left: 1rem;',
    '.x { padding-right: 0 }',
    'left: 0;',
    'text-align: right;',
    'float: left;',
    'border-left: 1px solid;',
    'style={{ marginLeft: 4 }}',
    "{ right: '1rem' }",
  ];
  for (const line of bad) expect(physicalProperties(line, 'x'), line).toHaveLength(1);
  const good = [
    'margin-inline-start: 1rem;',
    'inset-inline-end: 0;',
    'text-align: start;',
    'float: inline-end;',
    'border-inline-start: 1px solid;',
    'copyright: 2026',
    'aria-label="right now"',
  ];
  for (const line of good) expect(physicalProperties(line, 'x'), line).toEqual([]);
});
