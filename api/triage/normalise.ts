// Text normalisation for triage matching and duplicate fingerprints. Pure; the same function is applied
// to the rules' terms and to the reporter's text, so both sides meet in one spelling.

// Arabic-keyboard letters folded to the Urdu ones (ي ك ه ى ۀ ة أ إ ٱ ۃ), Arabic-Indic and Urdu digits to ASCII.
const FOLD: Record<string, string> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0643': '\u06A9', // ك → ک
  '\u0647': '\u06C1', // ه → ہ
  '\u06C0': '\u06C1', // ۀ → ہ
  '\u0629': '\u06C1', // ة → ہ
  '\u06C3': '\u06C1', // ۃ → ہ
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0621': '', // ء (اغواء → اغوا): the hamza on its own changes no word we match
};
for (let i = 0; i < 10; i++) {
  FOLD[String.fromCharCode(0x0660 + i)] = String(i);
  FOLD[String.fromCharCode(0x06f0 + i)] = String(i);
}
const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
// Harakat, hamza/madda marks above/below, superscript alef; tatweel.
const MARKS_RE = /[\u064B-\u065F\u0670\u0640]/g;
// Zero-width joiners/non-joiners separate words in some Urdu typing: treat them as a space.
const ZW_RE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * NFC, Arabic→Urdu letter folding, diacritics and tatweel removed, lower case, runs of a repeated Latin
 * letter collapsed to one (zyaadti → zyadti, khoon → khon, pleeease → plese), everything that is not a
 * letter or digit turned into a single space.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(ZW_RE, ' ')
    .replace(MARKS_RE, '')
    .replace(FOLD_RE, (c) => FOLD[c]!)
    .toLowerCase()
    .replace(/([a-z])\1+/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const n = normalise(text);
  return n ? n.split(' ') : [];
}

/** Damerau-Levenshtein distance, capped: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/**
 * Roman Urdu and Roman Pashto are spelt by ear: w or v (tasweer, tasveer; wani, vani), and a final -ay, -ey, -ai or
 * -ae for -e (ganday, gandey, gande; maray, mare). Both the rules' words and the reporter's go through this, so a term
 * written in one spelling meets the others. Latin words only; words under five letters (hai, day, say) keep their
 * ending. A stem (a term's word before its *) only has w folded: its ending is not a word ending, so a stem is
 * compared with the reporter's word folded the same way (`romanFold(word, true)`: lagay* still meets lagaye).
 */
export function romanFold(word: string, stem = false): string {
  if (!/^[a-z]+$/.test(word)) return word;
  const w = word.replaceAll('w', 'v');
  return stem || w.length < 5 ? w : w.replace(/(?:ay|ey|ai|ae)$/, 'e');
}
