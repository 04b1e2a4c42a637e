// The web faces of the registry's font keys (domain/languages.ts `font`): a language's pages inline its
// @font-face only, `local()` first, so a phone that has the face already downloads nothing.
import nastaliqUrl from '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-400-normal.woff2?url';
import type { FontKey } from '../../domain/languages.ts';

// The Arabic-script range of @fontsource/noto-nastaliq-urdu (its unicode.json, "arabic" subset, BMP part):
// Latin text on Urdu pages keeps the system face, so only Urdu letters pull the web font.
export const ARABIC_RANGE =
  'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';

/** One weight of each face's Arabic-script subset. */
export const FONT_FACES: Partial<Record<FontKey, string>> = {
  nastaliq: `@font-face{font-family:'Noto Nastaliq Urdu';font-style:normal;font-weight:400;font-display:swap;src:local('Noto Nastaliq Urdu'),local('NotoNastaliqUrdu-Regular'),url(${nastaliqUrl}) format('woff2');unicode-range:${ARABIC_RANGE}}`,
};
