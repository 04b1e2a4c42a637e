// Measures, from the font files themselves, the descriptors of each fallback face in fonts.ts and writes them to
// font-metrics.json (committed; the build reads it). Run after changing a font or a fallback:
//   node site/i18n/font-metrics.ts
// Vertical metrics come from the web font's hhea table (what Chromium and FreeType use for line layout);
// widths from HarfBuzz shaping the site's own text in the language (contextual forms and all), in the web font
// and in each fallback, so size-adjust makes a line of fallback text as long as the same line in the web font.
// Needs the fallback files named in fonts.ts (DejaVu Sans: Debian's fonts-dejavu-core).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { codePointsOf, corpusText, localesIn } from './font-corpus.ts';
import { FONT_KEYS, FONTS, type FontKey, fallbackMetrics, fontKeyOf, inRange, type MeasuredMetrics } from './fonts.ts';

const require = createRequire(import.meta.url);

export interface SfntMetrics {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
}

/** unitsPerEm (head) and ascender, descender, line gap (hhea) of an uncompressed OpenType/TrueType font. */
export function sfntMetrics(font: Uint8Array): SfntMetrics {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tables = new Map<string, number>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const at = 12 + 16 * i;
    tables.set(String.fromCharCode(...font.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (head === undefined || hhea === undefined) throw new Error('not an OpenType font: head or hhea missing');
  return {
    unitsPerEm: view.getUint16(head + 18),
    ascent: view.getInt16(hhea + 4),
    descent: view.getInt16(hhea + 6),
    lineGap: view.getInt16(hhea + 8),
  };
}

/** A woff2/woff/ttf file as an uncompressed font (subset-font keeps every glyph and writes sfnt). */
export async function readSfnt(path: string): Promise<Uint8Array> {
  const subsetFont = require('subset-font') as (b: Buffer, t: string | null, o: object) => Promise<Buffer>;
  const raw = readFileSync(path);
  if (raw.readUInt32BE(0) === 0x00010000 || raw.toString('latin1', 0, 4) === 'OTTO') return raw;
  return subsetFont(raw, null, { keepAllGlyphs: true, targetFormat: 'sfnt' });
}

/** The advance of `text` set in `font`, in font units, as HarfBuzz shapes it. */
export async function textWidth(font: Uint8Array, text: string): Promise<number> {
  // harfbuzzjs is subset-font's own dependency (the same HarfBuzz that subsets the font at build time).
  const hb = await import('harfbuzzjs');
  const face = new hb.Face(new hb.Blob(font.slice().buffer));
  const hbFont = new hb.Font(face);
  let width = 0;
  // Word by word: spaces are outside the font's unicode-range, so the browser sets them in another face
  // whichever of the two draws the letters; only the words' widths differ between them.
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const buffer = new hb.Buffer();
    buffer.addText(word);
    buffer.guessSegmentProperties();
    hb.shape(hbFont, buffer);
    for (const p of buffer.getGlyphPositions()) width += p.xAdvance;
  }
  return width;
}

const resolveFile = (path: string) => (path.startsWith('/') ? path : require.resolve(path));

/** The site's text in the font's script, one line per source line: the sample both fonts set. */
export function sampleText(root: string, key: FontKey, locales: readonly string[]): string {
  const keep = inRange(FONTS[key].range);
  const lines = locales
    .filter((l) => fontKeyOf(l) === key)
    .flatMap((l) => corpusText(root, l).split('\n'))
    .map((line) =>
      [...line]
        .filter((ch) => keep(ch.codePointAt(0)!) || ch === ' ')
        .join('')
        .trim(),
    )
    .filter((line) => codePointsOf(line, keep).size > 0);
  // A font with no pages yet (Pashto before its content lands) is measured on its alphabet, letter by letter.
  return lines.length ? lines.join('\n') : [...FONTS[key].alphabet].join(' ');
}

export async function measure(root: string, locales: readonly string[]): Promise<MeasuredMetrics> {
  const out: MeasuredMetrics = {};
  for (const key of FONT_KEYS) {
    const text = sampleText(root, key, locales);
    const webFont = await readSfnt(resolveFile(FONTS[key].source));
    const web = { ...sfntMetrics(webFont), textWidth: await textWidth(webFont, text) };
    out[key] = {};
    for (const fb of FONTS[key].fallbacks) {
      const file = resolveFile(fb.measuredFrom);
      if (!existsSync(file)) {
        process.stderr.write(`font-metrics: ${fb.measuredFrom} is missing; ${key}/${fb.id} is left out\n`);
        continue;
      }
      const font = await readSfnt(file);
      out[key][fb.id] = fallbackMetrics(web, { unitsPerEm: sfntMetrics(font).unitsPerEm, textWidth: await textWidth(font, text) });
    }
  }
  return out;
}

if (import.meta.main) {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const locales = localesIn(root);
  const round = (m: MeasuredMetrics) =>
    JSON.parse(JSON.stringify(m, (_k, v) => (typeof v === 'number' ? Math.round(v * 10000) / 10000 : v)));
  const metrics = round(await measure(root, locales));
  writeFileSync(new URL('./font-metrics.json', import.meta.url), `${JSON.stringify(metrics, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(metrics, null, 2)}\n`);
}
