// The font pipeline: the registry's entries (Nastaliq for Urdu, Naskh for Pashto), the fallback metrics (real,
// from the files), the CSS it writes, and the subset (every contextual form kept: HarfBuzz shapes the site's own
// Urdu text identically in the full font and in the subset).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { LANGUAGES, type LanguageInfo, langsWithCodePoints } from '../../domain/languages.ts';
import { subsetCodePoints } from '../../site/i18n/font-build.ts';
import { localesIn } from '../../site/i18n/font-corpus.ts';
import measured from '../../site/i18n/font-metrics.json' with { type: 'json' };
import { measure, readSfnt, sampleText, sfntMetrics } from '../../site/i18n/font-metrics.ts';
import {
  FONTS,
  fallbackFaces,
  fallbackMetrics,
  fontKeyOf,
  fontStack,
  inRange,
  unicodeRangeOf,
  webFontFace,
} from '../../site/i18n/fonts.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const subsetFont = require('subset-font') as (b: Buffer, t: string, o: object) => Promise<Buffer>;
const PASHTO_OWN = ['ټ', 'ډ', 'ړ', 'ږ', 'ښ', 'ګ', 'ڼ', 'ۍ', 'ې'];

async function shaper(font: Uint8Array) {
  const hb = await import('harfbuzzjs');
  const f = new hb.Font(new hb.Face(new hb.Blob(font.slice().buffer)));
  return (text: string) => {
    const b = new hb.Buffer();
    b.addText(text);
    b.guessSegmentProperties();
    hb.shape(f, b);
    return {
      glyphs: b.getGlyphInfos().length,
      advance: b.getGlyphPositions().reduce((a, p) => a + p.xAdvance, 0),
      notdef: b.getGlyphInfos().filter((g) => g.codepoint === 0).length,
    };
  };
}

describe('the registry', () => {
  test('each language gets the font key its registry entry names: Urdu Nastaliq, Pashto Naskh, English none', () => {
    for (const l of LANGUAGES as readonly LanguageInfo[]) expect(fontKeyOf(l.code), l.code).toBe(l.font);
    for (const l of langsWithCodePoints('urdu')) expect(fontKeyOf(l)).toBe('nastaliq');
    for (const l of langsWithCodePoints('pashto')) expect(fontKeyOf(l)).toBe('naskh');
    expect(fontKeyOf('ur')).toBe('nastaliq');
    expect(fontKeyOf('en')).toBeUndefined();
    expect(fontKeyOf('xx')).toBeUndefined();
  });

  test("a face's own typography is written for the page's language and keeps Latin runs in the system face", () => {
    const css = FONTS.naskh.css('xx');
    expect(css).toContain(':lang(xx){font-family:var(--app-font-naskh)');
    for (const l of LANGUAGES as readonly LanguageInfo[]) if (!l.font) expect(css).toContain(`[lang='${l.code}']`);
  });

  test("the Naskh entry keeps Pashto's own letters and its face draws every one of them", async () => {
    const letters = [...FONTS.naskh.alphabet];
    for (const l of PASHTO_OWN) expect(letters, l).toContain(l);
    const face = await readSfnt(require.resolve(FONTS.naskh.source));
    expect((await shaper(face))(PASHTO_OWN.join('')).notdef).toBe(0);
    // Pashto's letters are in the face's range, so they pull the web font on a Pashto page.
    expect(PASHTO_OWN.every((l) => inRange(FONTS.naskh.range)(l.codePointAt(0)!))).toBe(true);
  });

  test('the Urdu alphabet uses Urdu code points (ی ک ہ), never the Arabic ones (ي ك ه)', () => {
    for (const ch of ['ی', 'ک', 'ہ', 'ے', 'ں', 'ٹ', 'ڈ', 'ڑ']) expect(FONTS.nastaliq.alphabet).toContain(ch);
    for (const ch of ['ي', 'ك', 'ه']) expect(FONTS.nastaliq.alphabet).not.toContain(ch);
  });
});

describe('fallback metrics', () => {
  test('size-adjust scales the fallback to the web font’s width; overrides are the web font’s metrics over size-adjust', () => {
    const m = fallbackMetrics(
      { ascent: 1904, descent: -596, lineGap: 0, unitsPerEm: 1000, textWidth: 40_000 },
      { unitsPerEm: 2048, textWidth: 102_400 },
    );
    expect(m.sizeAdjust).toBeCloseTo(0.8, 6); // 40 em of web font against 50 em of fallback
    expect(m.ascentOverride * m.sizeAdjust).toBeCloseTo(1.904, 6);
    expect(m.descentOverride * m.sizeAdjust).toBeCloseTo(0.596, 6);
    expect(m.lineGapOverride).toBe(0);
  });

  test('the Nastaliq file’s own vertical metrics are read from its tables', async () => {
    expect(sfntMetrics(await readSfnt(require.resolve(FONTS.nastaliq.source)))).toEqual({
      unitsPerEm: 1000,
      ascent: 1904,
      descent: -596,
      lineGap: 0,
    });
  });

  test.skipIf(!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))(
    'font-metrics.json is what the script measures from the files today',
    async () => {
      const fresh = await measure(ROOT, localesIn(ROOT));
      for (const [key, faces] of Object.entries(measured)) {
        for (const [id, m] of Object.entries(faces)) {
          // Within 2 %: the widths are measured on the site's own text, which moves a little with every content
          // edit; a bigger drift means the file is stale (run node site/i18n/font-metrics.ts).
          for (const [name, value] of Object.entries(m))
            expect(Math.abs(fresh[key]![id]![name as keyof typeof m] - value), `${key}/${id}/${name}`).toBeLessThanOrEqual(
              Math.max(0.02 * value, 0.0001),
            );
        }
      }
    },
    60_000,
  );

  test('the CSS: local() first, then the file; each measured fallback as its own family, in the stack before the generic', () => {
    const face = webFontFace('nastaliq', '/_astro/x.woff2', 'U+0600-06FF');
    expect(face).toMatch(
      /src:local\('Noto Nastaliq Urdu'\),local\('NotoNastaliqUrdu-Regular'\),url\(\/_astro\/x\.woff2\) format\('woff2'\)/,
    );
    expect(face).toContain('font-display:swap');
    const fallbacks = fallbackFaces('nastaliq', 'U+0600-06FF');
    expect(fallbacks).toContain("font-family:'Noto Nastaliq Urdu Fallback DejaVu';src:local('DejaVu Sans')");
    expect(fallbacks).toMatch(
      /size-adjust:\d+\.\d\d%;ascent-override:\d+\.\d\d%;descent-override:\d+\.\d\d%;line-gap-override:0\.00%;unicode-range:U\+0600-06FF/,
    );
    expect(fontStack('nastaliq')).toBe("'Noto Nastaliq Urdu','Noto Nastaliq Urdu Fallback DejaVu',serif");
    expect(fontStack('naskh')).toBe("'Noto Naskh Arabic','Noto Naskh Arabic Fallback DejaVu',serif");
  });
});

describe('unicode ranges', () => {
  test('code points become compact ranges and parse back', () => {
    const cps = [0x600, 0x601, 0x602, 0x6a9, 0x6cc, 0x6cd, 0x200c];
    const range = unicodeRangeOf(cps);
    expect(range).toBe('U+0600-0602,U+06A9,U+06CC-06CD,U+200C');
    const has = inRange(range);
    expect(cps.every(has)).toBe(true);
    expect(has(0x603)).toBe(false);
  });
});

describe('the subset', () => {
  test('covers every Urdu letter the site uses and the whole alphabet, and shapes the site’s text exactly as the full font does', async () => {
    const cps = subsetCodePoints(ROOT, 'nastaliq', localesIn(ROOT));
    for (const ch of FONTS.nastaliq.alphabet) expect(cps.has(ch.codePointAt(0)!), ch).toBe(true);
    const source = readFileSync(require.resolve(FONTS.nastaliq.source));
    const subset = await subsetFont(source, String.fromCodePoint(...cps), { targetFormat: 'sfnt' });
    expect(subset.length).toBeLessThan((await readSfnt(require.resolve(FONTS.nastaliq.source))).length);
    const full = await readSfnt(require.resolve(FONTS.nastaliq.source));
    // Every line of the site's Urdu (guidance, strings, place names): same glyph count and the same advances,
    // i.e. the same initial, medial, final and isolated forms, ligatures and kerning.
    // Word by word: spaces and Latin are outside the face's unicode-range, so the browser never asks it for them.
    const words = [...new Set(sampleText(ROOT, 'nastaliq', localesIn(ROOT)).split(/\s+/).filter(Boolean))];
    expect(words.length).toBeGreaterThan(500);
    const [inFull, inSubset] = [await shaper(full), await shaper(subset)];
    for (const word of words) {
      const a = inFull(word);
      const b = inSubset(word);
      expect(b, word).toEqual(a);
      expect(b.notdef, word).toBe(0);
    }
  }, 120_000);
});
