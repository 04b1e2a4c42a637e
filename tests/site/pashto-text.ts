// Pashto as written in Pakistan (Peshawar standard) has its own letters where Urdu has others that look alike
// in some fonts but are different code points: a page typed on an Urdu keyboard, or copied from an Urdu page,
// breaks search, sorting and screen readers and reads as Urdu to a Pashto reader. Each rule below was checked
// against Richard Ishida's Pashto orthography notes (https://r12a.github.io/scripts/arab/ps, Afghan and
// Peshawar standards compared) before it was enforced; see the Pashto section of locales/GLOSSARY.md.

export interface Finding {
  where: string;
  char: string;
  context: string;
}

/** Code points that are never right in Peshawar-standard Pashto, with the letter to use instead. */
export const NOT_PASHTO: Record<string, string> = {
  '\u0679': 'ټ U+067C (ٹ is the Urdu tteh)',
  '\u0688': 'ډ U+0689 (ڈ is the Urdu ddal)',
  '\u0691': 'ړ U+0693 (ڑ is the Urdu rreh)',
  '\u06AF': 'ګ U+06AB (گ is the Urdu/Afghan gaf; Peshawar writes ګ)',
  '\u06BA': 'ن U+0646 (ں noon ghunna is Urdu; standard Pashto does not write nasalisation)',
  '\u06BE': 'ه U+0647 (ھ do-chashmi heh marks Urdu aspirates; Pashto has none)',
  '\u06C1': 'ه U+0647 (ہ is the Urdu heh goal)',
  '\u06C3': 'ه U+0647 or ۀ U+06C0 (ۃ is Urdu)',
  '\u0643': 'ک U+06A9 (ك is the Arabic kaf)',
  '\u0649': 'ي U+064A or ے U+06D2 (ى is the Arabic alef maksura)',
  '\u06D3': 'ئ U+0626 (ۓ is Urdu)',
  '\u06CC': 'ے U+06D2 for word-final -ay, ي U+064A elsewhere (ی is the Afghan/Urdu form)',
  '\u06D4': '. (the Urdu full stop ۔ is not used on these pages)',
};

/** Letters only Pashto uses among the languages of this site: a Pashto text has some of them. */
export const PASHTO_LETTERS = /[\u067C\u0689\u0693\u0696\u069A\u06AB\u06BC\u0681\u0685\u06D0\u06CD]/; // ټ ډ ړ ږ ښ ګ ڼ ځ څ ې ۍ

const ARABIC_LETTER = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF]/;
const cp = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
const around = (text: string, i: number) => text.slice(Math.max(0, i - 12), i + 12);

/** Every letter that is not Pashto, or a Pashto letter out of its place, with context so it can be fixed. */
export function notPashtoLetters(text: string, where: string): Finding[] {
  const found: Finding[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const next = text[i + 1] ?? '';
    if (NOT_PASHTO[c]) found.push({ where, char: `${cp(c)} (use ${NOT_PASHTO[c]})`, context: around(text, i) });
    // ۍ (feminine -əy) and ے (-ay) end a word; followed by a letter they are a typo or an Urdu spelling (ےک).
    else if ((c === '\u06CD' || c === '\u06D2') && ARABIC_LETTER.test(next))
      found.push({ where, char: `${cp(c)} (only at the end of a word)`, context: around(text, i) });
    // Eastern digits: numbers stay Western and left-to-right, as on the Urdu pages.
    else if (/[\u0660-\u0669\u06F0-\u06F9]/.test(c))
      found.push({ where, char: `${cp(c)} (use Western digits in dir="ltr")`, context: around(text, i) });
  }
  return found;
}

/** Whether a text is recognisably Pashto (at least one letter Urdu and English do not have). */
export function hasPashtoLetters(text: string): boolean {
  return PASHTO_LETTERS.test(text);
}

/**
 * Words a Pakistani (Peshawar) reader finds Afghan, Persian or misleading, with the word to use (the Pashto glossary
 * in locales/GLOSSARY.md): checked on the report form's strings and the children's pages.
 */
export const NOT_PAKISTANI_WORDS: Record<string, string> = {
  'لاس وهل': '«لاس لګول» for touching: «لاس وهل» is heard as hitting',
  'لاس وهلو': '«لاس لګولو» for touching',
  روغتون: 'هسپتال',
  برېښناليک: 'اي مېل',
  تڼۍ: 'بټن',
  ازمايښت: 'چيک',
  کارفرما: 'مالک',
  مسلکي: 'پروفېشنل',
  ښوونځ: 'سکول',
  ولسوالۍ: 'ضلع',
  'آيا ': 'a question without «آيا»',
};

/** Each word of NOT_PAKISTANI_WORDS found in a text, with where and what to write instead. */
export function notPakistaniWords(text: string, where: string): string[] {
  return Object.entries(NOT_PAKISTANI_WORDS).flatMap(([w, instead]) => (text.includes(w) ? [`${where}: «${w.trim()}» → ${instead}`] : []));
}
