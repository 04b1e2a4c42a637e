// Build step (the hifazat:fonts integration in astro.config.mjs runs it before every build, dev and check):
// for each font a language with strings uses, subset the face to the characters the site sets in it plus the
// language's whole alphabet, with HarfBuzz (subset-font). Subsetting keeps code points, not glyphs, and all
// layout features (subset-font's default): every contextual form, ligature and mark position Nastaliq reaches
// from those letters stays. Writes site/generated/fonts/<family>-subset.woff2 and manifest.json (unicode-range
// of what the file covers); cached by a hash of its inputs, so an unchanged build skips the work.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { codePointsOf, corpusText, localesIn } from './font-corpus.ts';
import { FONTS, type FontKey, fontKeyOf, inRange, unicodeRangeOf } from './fonts.ts';

const require = createRequire(import.meta.url);

export interface BuiltFont {
  file: string;
  unicodeRange: string;
  codePoints: number;
  bytes: number;
  sourceBytes: number;
  hash: string;
}
export type FontManifest = Partial<Record<FontKey, BuiltFont>>;

export const GENERATED_DIR = 'site/generated/fonts';
export const fileNameOf = (key: FontKey) => `${FONTS[key].family.toLowerCase().replace(/\s+/g, '-')}-subset.woff2`;

/** The code points a font must cover: its alphabet, and every letter in its range the languages' text uses. */
export function subsetCodePoints(root: string, key: FontKey, locales: readonly string[]): Set<number> {
  const keep = inRange(FONTS[key].range);
  const text = locales
    .filter((l) => fontKeyOf(l) === key)
    .map((l) => corpusText(root, l))
    .join('\n');
  return codePointsOf(FONTS[key].alphabet + text, keep);
}

export async function buildFonts(root: string, log: (msg: string) => void = () => {}): Promise<FontManifest> {
  const outDir = join(root, GENERATED_DIR);
  mkdirSync(outDir, { recursive: true });
  const manifestPath = join(outDir, 'manifest.json');
  const previous: FontManifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const locales = localesIn(root);
  const keys = [...new Set(locales.map(fontKeyOf).filter((k): k is FontKey => k !== undefined))];
  const manifest: FontManifest = {};
  for (const key of keys) {
    const source = readFileSync(require.resolve(FONTS[key].source));
    const codePoints = [...subsetCodePoints(root, key, locales)].sort((a, b) => a - b);
    const subsetVersion = (require('subset-font/package.json') as { version: string }).version;
    const hash = createHash('sha256')
      .update(source)
      .update(String.fromCodePoint(...codePoints))
      .update(subsetVersion)
      .digest('hex')
      .slice(0, 16);
    const file = fileNameOf(key);
    const before = previous[key];
    if (before?.hash === hash && existsSync(join(outDir, file))) {
      manifest[key] = before;
      continue;
    }
    const subsetFont = require('subset-font') as (b: Buffer, t: string, o: object) => Promise<Buffer>;
    const out = await subsetFont(source, String.fromCodePoint(...codePoints), { targetFormat: 'woff2' });
    writeFileSync(join(outDir, file), out);
    manifest[key] = {
      file,
      unicodeRange: unicodeRangeOf(codePoints),
      codePoints: codePoints.length,
      bytes: out.length,
      sourceBytes: source.length,
      hash,
    };
    log(
      `${FONTS[key].family}: ${codePoints.length} code points, ${(out.length / 1024).toFixed(1)} KB (from ${(source.length / 1024).toFixed(1)} KB)`,
    );
  }
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
