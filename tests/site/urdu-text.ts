// Arabic letters that look like Urdu ones but are different code points: Urdu uses ی U+06CC, ک U+06A9, ہ U+06C1.
export const ARABIC_ONLY: Record<string, string> = { '\u064A': 'ی (U+06CC)', '\u0643': 'ک (U+06A9)', '\u0647': 'ہ (U+06C1)' };

export interface Finding {
  where: string;
  char: string;
  context: string;
}

/** Each Arabic-only letter in the text, with a few characters either side so the finding can be fixed. */
export function arabicOnlyLetters(text: string, where: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(/[\u064A\u0643\u0647]/g)) {
    const i = m.index!;
    found.push({
      where,
      char: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} (use ${ARABIC_ONLY[m[0]]})`,
      context: text.slice(Math.max(0, i - 12), i + 12),
    });
  }
  return found;
}
