// The frame of the server-rendered pages for reporters without JavaScript: escaping, a small inline stylesheet
// (its hash in the pages' CSP), the quick-exit link, and the emergency numbers panel.
import { createHash } from 'node:crypto';
import { iconSvg } from '../../domain/icons.ts';
import { type FontKey, LANGUAGES, type LanguageInfo } from '../../domain/languages.ts';
import { getT } from '../../locales/i18n.ts';
import type { Locale } from '../../locales/index.ts';
import { dirOf } from '../../locales/index.ts';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}
const e = escapeHtml;

// The system faces each web font's languages fall back to here (these pages load no web font), by the registry's
// font key: Nastaliq climbs and descends far more than Naskh, so each has its own line height.
const SYSTEM_FACES: Record<FontKey, string> = {
  nastaliq: "font-family:'Noto Nastaliq Urdu','Jameel Noori Nastaleeq',serif;line-height:2.2",
  naskh: "font-family:'Noto Naskh Arabic','Noto Sans Arabic',serif;line-height:1.9",
};
const LANG_STYLE = LANGUAGES.flatMap((l: LanguageInfo) => (l.font ? [`:lang(${l.code}){${SYSTEM_FACES[l.font]}}`] : [])).join('\n');

// A small self-contained stylesheet (logical properties only): these pages come from the API, not the build.
const STYLE = `:root{color:#1b1b1b;background:#fff;font-family:system-ui,sans-serif;line-height:1.5}
${LANG_STYLE}
body{margin:0}main{max-inline-size:44rem;margin-inline:auto;padding:1rem}
a{color:#0b4f9c}:focus-visible{outline:3px solid #1b1b1b;box-shadow:0 0 0 6px #fd0}
.app-exit{display:flex;justify-content:flex-end;padding:.5rem 1rem;background:#f3f2f1}
.app-exit__button{background:#b00020;color:#fff;font-weight:700;padding:.5rem 1rem;border-radius:.25rem;text-decoration:none}
fieldset{border:1px solid #b1b4b6;margin-block:0 1.25rem;padding:.75rem 1rem}
legend{font-weight:700;font-size:1.15rem;display:flex;gap:.5rem;align-items:center}
.app-form__field{display:flex;flex-direction:column;gap:.25rem;margin-block-end:1rem}
.app-form__field label{font-weight:700}.app-choice{display:flex;gap:.5rem;align-items:flex-start;margin-block:.35rem}
.app-choice small{display:block;color:#4a4a4a}.app-form__hint{color:#4a4a4a}
.app-form__error{color:#b00020;font-weight:700}.app-field--error{border-inline-start:4px solid #b00020;padding-inline-start:.75rem}
.app-error-summary{border:4px solid #b00020;padding:1rem;margin-block-end:1rem}.app-error-summary li{margin-block:.6rem}.app-error-summary a{display:block;min-block-size:2rem;padding-block:.35rem}
input,select,textarea,button{font:inherit}textarea{min-block-size:8rem}
button{padding:.5rem 1.25rem;background:#00703c;color:#fff;border:0;border-radius:.25rem}
.app-visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.app-code{font-family:ui-monospace,monospace;font-size:1.5rem}
.app-emergency{border:4px solid #b00020;padding:.5rem 1rem;margin-block-end:1rem}
.app-emergency a{font-weight:700;font-size:1.25rem}
.app-icon{flex:none}.app-thread{list-style:none;padding:0}.app-thread li{border-block-end:1px solid #b1b4b6;padding-block:.5rem}`;
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}'`;

/** CSP for these pages: no script at all, only the inline stylesheet above, forms back to us. */
export const HTML_PAGE_CSP = `default-src 'none'; style-src ${STYLE_HASH}; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

export function page(locale: Locale, title: string, body: string): string {
  const t = getT(locale, 'common');
  return `<!doctype html>
<html lang="${locale}" dir="${dirOf(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer"><title>${e(title)} – ${e(t('site.name'))}</title><style>${STYLE}</style></head>
<body><div class="app-exit"><a class="app-exit__button" href="https://www.google.com/" rel="nofollow noreferrer">${e(t('exit.label'))}</a></div>
<main id="main">${body}</main></body></html>`;
}

export function emergencyPanel(locale: Locale, numbers: { number: string; name: Record<Locale, string> }[], title: string): string {
  return `<section class="app-emergency" aria-labelledby="emergency-title"><h2 id="emergency-title">${iconSvg('phone')} ${e(title)}</h2><ul>${numbers
    .map((n) => `<li><a href="tel:${e(n.number)}" dir="ltr">${e(n.number)}</a> ${e(n.name[locale])}</li>`)
    .join('')}</ul></section>`;
}
