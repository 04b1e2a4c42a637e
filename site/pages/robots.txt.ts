// Staff console and API are not for search engines; everything else is public guidance.
import type { APIRoute } from 'astro';
import { LANGS } from '../../domain/languages.ts';

export const GET: APIRoute = ({ site }) => {
  const base = site ?? new URL('http://localhost:4321');
  const body = [
    'User-agent: *',
    ...LANGS.map((lang) => `Disallow: /${lang}/staff/`),
    'Disallow: /api/',
    'Allow: /',
    '',
    `Sitemap: ${new URL('/sitemap.xml', base).href}`,
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
