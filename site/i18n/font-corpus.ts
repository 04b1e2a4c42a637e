// The text a language's pages can show, read from the files they are built from: its guidance Markdown
// (content/<lang>/), its UI strings (locales/<lang>/) and the shared data files that carry names in every
// language (content/*.json, content/directory/). Used to subset the font to what the site sets in it and to
// measure the fallback's width on the site's own text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function walk(path: string): string[] {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((n) => walk(join(path, n)))
    : [path];
}

/** Files whose text a language's pages show, under the project root. */
export function corpusFiles(root: string, locale: string): string[] {
  const shared = readdirSync(join(root, 'content'))
    .filter((n) => /\.(json|ya?ml)$/.test(n))
    .map((n) => join(root, 'content', n));
  return [
    ...walk(join(root, 'content', locale)),
    ...walk(join(root, 'locales', locale)),
    ...shared,
    ...walk(join(root, 'content', 'directory')),
  ];
}

/** All the text of those files (data files in every language: the range filter keeps the script's letters). */
export function corpusText(root: string, locale: string): string {
  return corpusFiles(root, locale)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

/** The distinct code points of `text` that `keep` accepts. */
export function codePointsOf(text: string, keep: (cp: number) => boolean): Set<number> {
  const out = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (keep(cp)) out.add(cp);
  }
  return out;
}

/** The languages that have strings: one folder each under locales/. */
export function localesIn(root: string): string[] {
  return readdirSync(join(root, 'locales'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}
