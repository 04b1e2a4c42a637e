// Reading content/<lang>/*.md (every language of the registry) the way the content tests and the stamp script need it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

export const CONTENT_DIR = new URL('../../content/', import.meta.url);

import { LANGS, type Lang } from '../../domain/languages.ts';

export { LANGS, type Lang };

type Names = Record<Lang, string>;

export interface Page {
  lang: Lang;
  slug: string;
  file: URL;
  raw: string;
  data: Record<string, unknown>;
  body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function splitPage(raw: string): { data: Record<string, unknown>; body: string } {
  const m = FRONTMATTER.exec(raw);
  if (!m) throw new Error('no frontmatter');
  return { data: (parseYaml(m[1]!) ?? {}) as Record<string, unknown>, body: raw.slice(m[0].length) };
}

/** What a translated page records in `translationOf`: the first 12 hex digits of sha256(English body). */
export function bodyHash(body: string): string {
  return createHash('sha256').update(body.replace(/\r\n/g, '\n'), 'utf8').digest('hex').slice(0, 12);
}

export function slugsOf(lang: Lang): string[] {
  return readdirSync(new URL(`${lang}/`, CONTENT_DIR))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function readPage(lang: Lang, slug: string): Page {
  const file = new URL(`${lang}/${slug}.md`, CONTENT_DIR);
  const raw = readFileSync(file, 'utf8');
  return { lang, slug, file, raw, ...splitPage(raw) };
}

export function allPages(lang: Lang): Page[] {
  return slugsOf(lang).map((s) => readPage(lang, s));
}

/** Body text without code, HTML tags, link targets and Markdown markup: what a reader reads. */
export function readableText(body: string): string {
  return body
    .replace(/<[^>]+>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_`#>|[\]]/g, '')
    .replace(/^\s*(?:[-+]|\d+\.)\s+/gm, '');
}

export interface SourceRef {
  title: string;
  url?: string;
  document?: string;
}
export const helplinesData = JSON.parse(readFileSync(new URL('helplines.json', CONTENT_DIR), 'utf8')) as {
  helplines: {
    id: string;
    number: string;
    name: Names;
    where: Names;
    purpose: Names;
    provinces: string[];
    tollFree: boolean | null;
    hours: string | null;
    law?: string;
    sources: SourceRef[];
    checked: string;
    email?: string;
  }[];
  excluded: { number: string; reason: string }[];
};
export const lawsData = JSON.parse(readFileSync(new URL('laws.json', CONTENT_DIR), 'utf8')) as {
  laws: { id: string; name: Names; year: number | null; where: string; establishes?: string[]; sources: SourceRef[]; checked: string }[];
  institutions: { id: string; name: Names; law: string; sources: SourceRef[]; checked: string }[];
};

/** The repository files a source's `document` names ("Fact sheet section 4 (docs/facts/pakistan.md)"). */
export const documentFiles = (document: string | undefined) =>
  [...(document ?? '').matchAll(/[\w./-]+\.(?:md|ts|json|csv|yaml)\b/g)].map((m) => m[0]);
export const inRepository = (file: string) => existsSync(new URL(file, new URL('../../', import.meta.url)));
