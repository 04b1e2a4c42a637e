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
 * letter or digit turned into a single space. Duplicate fingerprints use this form (stored, so kept stable).
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

// Pashto letters as people type them on Urdu keyboards (which lack them), folded with their Urdu look-alikes:
// ې ۍ ى → ی, ګ → گ, ښ → ش, ځ ږ → ز, ټ → ٹ, ړ → ڑ, ډ → ڈ, ڼ → ن. Urdu's own letters are never folded together
// (ٹ with ت would make چھوٹے "small" into چھوتے "touches"); a Pashto term is also compiled with ت ر د for its
// retroflex letters (rules.ts), the other way Pashto is typed. Applied to the rules' terms and the text alike.
const PASHTO: Record<string, string> = {
  '\u06D0': '\u06CC', // ې
  '\u06CD': '\u06CC', // ۍ
  '\u06AB': '\u06AF', // ګ → گ
  '\u069A': '\u0634', // ښ → ش
  '\u0681': '\u0632', // ځ → ز
  '\u0696': '\u0632', // ږ → ز
  '\u067C': '\u0679', // ټ → ٹ
  '\u0693': '\u0691', // ړ → ڑ
  '\u0689': '\u0688', // ډ → ڈ
  '\u06BC': '\u0646', // ڼ → ن
};
const PASHTO_RE = new RegExp(`[${Object.keys(PASHTO).join('')}]`, 'g');
/** Pashto's retroflex letters, which Pashto writers also type as the plain ت ر د. */
export const PASHTO_RETROFLEX_RE = /[\u067C\u0693\u0689]/u;
/** A folded term's retroflex letters as the plain ones (ٹ ڑ ڈ → ت ر د), for the Pashto terms' second spelling. */
export const plainRetroflex = (folded: string) =>
  folded
    .replace(/\u0679/g, '\u062A')
    .replace(/\u0691/g, '\u0631')
    .replace(/\u0688/g, '\u062F');

/**
 * The form triage matches in (terms and text alike): `normalise` plus the Pashto letter families above. With `vowels`,
 * a doubled ee or oo in Latin words is also read as the long vowel it spells (peet → pit, bhooka → bhuka) before
 * repeated letters collapse: the matcher reads a text in both forms and knows each term in both (lexicon.ts), so
 * peet, pet and pit meet a term written peet, and peet and pet meet one written pet.
 */
export function matchNormalise(text: string, vowels = false): string {
  const t = text
    .normalize('NFC')
    .replace(FOLD_RE, (c) => FOLD[c]!)
    .replace(PASHTO_RE, (c) => PASHTO[c]!);
  return normalise(vowels ? t.replace(/e{2,}/gi, 'i').replace(/o{2,}/gi, 'u') : t);
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
  // kh/x (xpal, khpal), gh/g (ghalat, galat), q/k (qatl, katl), w/v; then a run of one letter left by the folds.
  // A k before kh is the kh doubled (kkhenawal, qkhenawal: ښ), as kk is k.
  const w = word
    .replaceAll('kh', 'x')
    .replaceAll('gh', 'g')
    .replaceAll('q', 'k')
    .replaceAll('w', 'v')
    .replace(/([a-z])\1+/g, '$1')
    .replaceAll('kx', 'x');
  if (stem) return w;
  // A final -h after a vowel is silent (nikah/nika, subah/suba, yeh/ye); -ay, -ey, -ai, -ae → -e in long words.
  const h = w.length > 2 ? w.replace(/([aeiou])h$/, '$1') : w;
  return h.length < 5 ? h : h.replace(/(?:ay|ey|ai|ae)$/, 'e');
}

// Pashto marks a completed act with a prefix و (ووهل "beat", وویستلو "threw out", وتړله "tied"), in Latin letters o-,
// wo- or wu- (owahal, wowahalo, obasal). The terms are written on the verb's stem; a Pashto text is also read with the
// prefix taken off (reading.ts), so "وویستلو" meets "ویستل*" and "owahal" meets "wahal*". Only a text that reads as
// Pashto: Urdu words begin with و too (وقت, والد), and English ones with o.
const PASHTO_LETTERS_RE = /[\u067C\u0693\u0689\u06BC\u069A\u0696\u0681\u0685\u06D0\u06CD\u06AB]/u;
const PASHTO_SCRIPT_WORDS = new Set(['یې', 'ئې', 'چې', 'کې', 'دے', 'زه', 'زما', 'زمونږ', 'زموږ', 'هغه', 'شوې', 'شوی', 'وايي', 'وائی']);
const ROMAN_PASHTO_WORDS = new Set([
  'zama',
  'zma',
  'zamung',
  'zmong',
  'zmung',
  'mung',
  'mong',
  'yam',
  'kalan',
  'kalana',
  'halak',
  'jenai',
  'jinai',
  'njlai',
  'che',
  'shwe',
  'shawi',
  'sho',
  'kawi',
  'okri',
  'okre',
  'wai',
  'wayal',
  'sara',
  'os',
  'nan',
  'pa',
  'ta',
  'ye',
  'de',
  'dy',
  'za',
  'aw',
  'ao',
  'kho',
  'sa',
  'sanga',
  'warta',
  'shi',
  'kegi',
  'lari',
]);

/** Whether a text reads as Pashto: a Pashto-only letter or word in script, or three Roman Pashto words. */
export function readsAsPashto(raw: string): boolean {
  if (PASHTO_LETTERS_RE.test(raw)) return true;
  const words = raw.toLowerCase().split(/[^\p{L}]+/u);
  if (words.some((w) => PASHTO_SCRIPT_WORDS.has(w))) return true;
  return new Set(words.filter((w) => ROMAN_PASHTO_WORDS.has(w))).size >= 3;
}

// Words of Roman Urdu that English does not use (not "me", "he" or "ho", which English has too), spelling-folded.
const ROMAN_URDU_WORDS = new Set(
  [
    'hai',
    'hain',
    'ki',
    'ka',
    'ke',
    'ko',
    'se',
    'mein',
    'nahi',
    'nahin',
    'kya',
    'kia',
    'aur',
    'bhi',
    'hota',
    'karta',
    'karte',
    'wala',
    'wali',
  ].map((w) => romanFold(w)),
);

/** Whether a normalised text has three Roman Urdu function words, in any spelling (a Pashto text is told apart by
 *  `readsAsPashto` first). There "he" is "hai" (is), no pronoun: "kia ye qanooni he" asks about no child in particular. */
export function readsAsRomanUrdu(normalised: string): boolean {
  return (
    new Set(
      normalised
        .split(' ')
        .map((w) => romanFold(w))
        .filter((w) => ROMAN_URDU_WORDS.has(w)),
    ).size >= 3
  );
}

/** The normalised text with Pashto's perfective prefix taken off each word that has it (see above). */
export function withoutPerfective(normalised: string): string {
  return normalised
    .split(' ')
    .map((w) => {
      if (w.length >= 4 && w.startsWith('و')) return w.slice(1);
      if (w.length >= 5 && /^(?:wo|wu)[^aeiou]/.test(w)) return w.slice(2);
      if (w.length >= 5 && /^o[^aeiou]/.test(w)) return w.slice(1);
      return w;
    })
    .join(' ');
}
