// Every guidance page and the report form in both languages with hreflang alternates. Pages marked noindex
// (receipt status, search, staff, 404) are left out so the sitemap never contradicts them.

import { getCollection } from 'astro:content';
import type { APIRoute } from 'astro';
import { LANGS } from '../../domain/languages.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const entries = await getCollection('guidance');
  const slugs = new Map<string, Date>();
  for (const e of entries) {
    const slug = e.id.split('/')[1]!;
    const path = slug === 'home' ? '' : `${slug}/`;
    const prev = slugs.get(path);
    if (!prev || prev < e.data.lastReviewed) slugs.set(path, e.data.lastReviewed);
  }
  const has = (lang: string, path: string) => entries.some((e) => e.id === `${lang}/${path === '' ? 'home' : path.slice(0, -1)}`);
  const pages: { path: string; langs: string[]; lastmod?: Date }[] = [...slugs].map(([path, lastmod]) => ({
    path,
    lastmod,
    langs: LANGS.filter((l) => has(l, path)),
  }));
  // People search for where to report: the form is a public page (the receipt status page is not).
  pages.push({ path: 'report/', langs: [...LANGS] });
  // The public statistics: how the units perform, for anyone to find.
  pages.push({ path: 'statistics/', langs: [...LANGS] });
  const url = (lang: string, path: string) => new URL(`/${lang}/${path}`, base).href;
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...pages.flatMap((p) =>
      p.langs.map((lang) =>
        [
          '<url>',
          `<loc>${url(lang, p.path)}</loc>`,
          ...p.langs.map((alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${url(alt, p.path)}"/>`),
          p.lastmod ? `<lastmod>${p.lastmod.toISOString().slice(0, 10)}</lastmod>` : '',
          '</url>',
        ].join(''),
      ),
    ),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
