// Prints the gzip weight of a built page with everything it loads (HTML, CSS, island JS and its imports),
// fonts excluded: `node tests/report-weight.ts /en/report/`.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function pageWeight(dist: string, page: string) {
  const seen = new Map<string, number>();
  const add = (url: string) => {
    if (seen.has(url) || /\.(woff2?|ttf)$/.test(url)) return;
    const file = join(dist, url);
    if (!existsSync(file)) return;
    const raw = readFileSync(file);
    seen.set(url, gzipSync(raw, { level: 9 }).length);
    if (url.endsWith('.js'))
      for (const m of raw.toString().matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js|\/_astro\/[^"']+\.js)["']/g))
        add(new URL(m[1]!, `http://x${url}`).pathname);
  };
  const htmlPath = `${page.replace(/\/$/, '')}/index.html`;
  add(htmlPath);
  const html = readFileSync(join(dist, htmlPath), 'utf8');
  for (const m of html.matchAll(/(?:src|href|component-url|renderer-url)="(\/_astro\/[^"]+\.(?:js|css))"/g)) add(m[1]!);
  const total = [...seen.values()].reduce((a, b) => a + b, 0);
  return { total, files: Object.fromEntries(seen) };
}

if (import.meta.main) {
  for (const page of process.argv.slice(2)) {
    const { total, files } = pageWeight('dist', page);
    process.stdout.write(`${page}: ${(total / 1024).toFixed(1)} KB gzip in ${Object.keys(files).length} files\n`);
    for (const [f, n] of Object.entries(files)) process.stdout.write(`  ${(n / 1024).toFixed(1).padStart(6)} KB  ${f}\n`);
  }
}
