// The web fonts of the site, keyed by font (not by language): the language registry names a font key per
// language (Urdu → nastaliq, Pashto → naskh, English → none), and everything else here follows from the key —
// the face's names, its file, the letters always kept when subsetting, and the metric-matched fallback faces
// that make the swap to the web font move nothing. Pure data and pure functions: the build step that subsets
// the files is font-build.ts, the script that measures the fallback metrics is font-metrics.ts.

import { type FontKey, isLang, LANGUAGES, type LanguageInfo, language } from '../../domain/languages.ts';
import measured from './font-metrics.json' with { type: 'json' };

export type { FontKey };

/** A local face shown while the web font loads, scaled so its lines wrap and stack like the web font's. */
export interface FallbackFace {
  /** Short name, used in the generated family name. */
  id: string;
  /** local() names: full name and PostScript name, as fontconfig, Windows and Android match them. */
  local: readonly string[];
  /** Where font-metrics.ts read this face from (a Debian path or a package file), to measure it again. */
  measuredFrom: string;
}

export interface WebFont {
  family: string;
  /** local() names tried first: a phone that has the face already downloads nothing. */
  local: readonly string[];
  /** The source face, a file of an npm package (resolved from node_modules). */
  source: string;
  weight: number;
  /** The script's range: characters outside it (Latin, digits in LTR runs) keep the system face. */
  range: string;
  /** Letters kept whatever the site's text uses, so anything a reader types in the form renders in this face. */
  alphabet: string;
  fallbacks: readonly FallbackFace[];
  generic: 'serif' | 'sans-serif';
  /** Typography for a language set in this face (given its code), sent only with it (Urdu's lives in global.css). */
  css?: (lang: string) => string;
}

// The Arabic-script range of the @fontsource packages (their unicode.json, "arabic" subset, BMP part).
const ARABIC_SCRIPT =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
// Shared by both Arabic-script languages: punctuation, Eastern Arabic-Indic digits, the short vowels and
// marks readers add (zabar, zer, pesh, tanwin, shadda, jazm, superscript alef, hamza above), ZWNJ/ZWJ.
const ARABIC_COMMON = '،؛؟۔٪۰۱۲۳۴۵۶۷۸۹ًٌٍَُِّْٰٔ\u200c\u200d';
const URDU_LETTERS = 'ءآأؤئابپتٹثجچحخدڈذرڑزژسشصضطظعغفقکگلمنںوہۂۃھیےۓ';
// Pashto's own letters (ټ ډ ړ ږ ښ ګ ڼ ۍ ې) beside the letters it shares with Arabic and Persian.
const PASHTO_LETTERS = 'ءآأؤئابپتټثجچځڅحخدډذرړزژږسشښصضطظعغفقکګگلمنڼوهۀيیۍېئ';

// Runs of text in a language without a web face (Latin script) keep the system face inside Arabic-script pages.
const LATIN_LANGS = LANGUAGES.filter((l: LanguageInfo) => !l.font)
  .map((l) => `[lang='${l.code}']`)
  .join(',');

const DEJAVU: FallbackFace = { id: 'DejaVu', local: ['DejaVu Sans'], measuredFrom: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' };

export const FONTS = {
  nastaliq: {
    family: 'Noto Nastaliq Urdu',
    local: ['Noto Nastaliq Urdu', 'NotoNastaliqUrdu-Regular'],
    source: '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2',
    weight: 400,
    range: ARABIC_SCRIPT,
    alphabet: URDU_LETTERS + ARABIC_COMMON,
    // Debian and most Linux desktops fall back to DejaVu Sans for Arabic script. Android phones, which have
    // Noto Naskh Arabic, have Noto Nastaliq Urdu too and never swap; a Naskh fallback face was measured
    // (sizeAdjust 0.985) but left out: the report page has no bytes to spare for a face no one needs.
    fallbacks: [DEJAVU],
    generic: 'serif',
  },
  naskh: {
    family: 'Noto Naskh Arabic',
    local: ['Noto Naskh Arabic', 'NotoNaskhArabic-Regular'],
    source: '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2',
    weight: 400,
    range: ARABIC_SCRIPT,
    alphabet: PASHTO_LETTERS + ARABIC_COMMON,
    fallbacks: [DEJAVU],
    generic: 'serif',
    // Naskh has shorter ascenders than Nastaliq (ascent and descent come to 1.7 em).
    css: (lang) =>
      `:lang(${lang}){font-family:var(--app-font-naskh);line-height:1.9;letter-spacing:normal}:lang(${lang}) :is([dir='ltr'],${LATIN_LANGS}){font-family:var(--app-font-latin)}`,
  },
} as const satisfies Record<FontKey, WebFont>;

export const FONT_KEYS = Object.keys(FONTS) as FontKey[];

/** The font key the registry names for a language (domain/languages.ts `font`); none for Latin-script ones. */
export function fontKeyOf(locale: string): FontKey | undefined {
  return isLang(locale) ? language(locale).font : undefined;
}

/** Descriptors of a fallback face, as font-metrics.ts measured them (ratios, 1 = 100%). */
export interface FallbackMetrics {
  sizeAdjust: number;
  ascentOverride: number;
  descentOverride: number;
  lineGapOverride: number;
}
export type MeasuredMetrics = Record<string, Record<string, FallbackMetrics>>;

/**
 * From the web font's and the fallback's real metrics (font units over units per em) and the width of the same
 * text set in each, the descriptors that make the fallback take the web font's space: size-adjust scales the
 * fallback so the text is as wide; the overrides are the web font's ascent, descent and line gap, divided by
 * size-adjust because the browser scales them by it too.
 */
export function fallbackMetrics(
  web: { ascent: number; descent: number; lineGap: number; unitsPerEm: number; textWidth: number },
  fallback: { unitsPerEm: number; textWidth: number },
): FallbackMetrics {
  const sizeAdjust = web.textWidth / web.unitsPerEm / (fallback.textWidth / fallback.unitsPerEm);
  const over = (v: number) => Math.abs(v) / web.unitsPerEm / sizeAdjust;
  return { sizeAdjust, ascentOverride: over(web.ascent), descentOverride: over(web.descent), lineGapOverride: over(web.lineGap) };
}

const pct = (n: number) => `${(n * 100).toFixed(2)}%`;
const quote = (s: string) => `'${s}'`;
const localSrc = (names: readonly string[]) => names.map((n) => `local(${quote(n)})`).join(',');

export const fallbackFamily = (key: FontKey, id: string) => `${FONTS[key].family} Fallback ${id}`;

export const localFamily = (key: FontKey) => `${FONTS[key].family} Local`;

/** The face as installed on the device only (no file to fetch): what a page that asks for its web font late starts with. */
export function localFontFace(key: FontKey, unicodeRange: string): string {
  const f = FONTS[key];
  return `@font-face{font-family:${quote(localFamily(key))};${f.weight === 400 ? '' : `font-weight:${f.weight};`}src:${localSrc(f.local)};unicode-range:${unicodeRange}}`;
}

/** The @font-face of the web font: local() first, then the subset file; swap, so text shows at once. */
export function webFontFace(key: FontKey, url: string, unicodeRange: string): string {
  const f = FONTS[key];
  return `@font-face{font-family:${quote(f.family)};${f.weight === 400 ? '' : `font-weight:${f.weight};`}font-display:swap;src:${localSrc(f.local)},url(${url}) format('woff2');unicode-range:${unicodeRange}}`;
}

/** One @font-face per local fallback that was measured; a face the device lacks is skipped by the browser. */
export function fallbackFaces(key: FontKey, unicodeRange: string, metrics: MeasuredMetrics = measured): string {
  return FONTS[key].fallbacks
    .filter((fb) => metrics[key]?.[fb.id])
    .map((fb) => {
      const m = metrics[key]![fb.id]!;
      return `@font-face{font-family:${quote(fallbackFamily(key, fb.id))};src:${localSrc(fb.local)};size-adjust:${pct(m.sizeAdjust)};ascent-override:${pct(m.ascentOverride)};descent-override:${pct(m.descentOverride)};line-gap-override:${pct(m.lineGapOverride)};unicode-range:${unicodeRange}}`;
    })
    .join('');
}

/** The font-family list: the web font, its measured fallbacks in order, then the generic family. */
export function fontStack(key: FontKey, metrics: MeasuredMetrics = measured): string {
  const f = FONTS[key];
  const fallbacks = f.fallbacks.filter((fb) => metrics[key]?.[fb.id]).map((fb) => quote(fallbackFamily(key, fb.id)));
  return [quote(f.family), ...fallbacks, f.generic].join(',');
}

/**
 * Code points as a compact unicode-range: runs become U+XXXX-YYYY. With `gap`, runs closer than that merge
 * (a shorter rule on every page; a letter inside the span that the subset lacks simply falls back per glyph).
 */
export function unicodeRangeOf(codePoints: Iterable<number>, gap = 1): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1]! - sorted[i]! <= gap) i++;
    parts.push(start === sorted[i] ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i]!)}`);
  }
  return parts.join(',');
}

/** Parses a unicode-range list into a membership test. */
export function inRange(range: string): (codePoint: number) => boolean {
  const spans = range.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(a!, 16), parseInt(b ?? a!, 16)] as const;
  });
  return (cp) => spans.some(([a, b]) => cp >= a && cp <= b);
}
