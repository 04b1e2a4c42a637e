// Ages written in a report's text, in English, Urdu script, Roman Urdu, Pashto and Roman Pashto: a child under 18
// named by age, and a young child (five or under, or an age in months). Both read text in triage's matching form
// (matchNormalise, then romanFold per word: `agesText`), and their own words are folded the same way.
import { matchNormalise, romanFold } from './normalise.ts';

/** Text or a word list in the form the age readers compare: triage's spelling families (normalise.ts). */
export const agesText = (text: string) =>
  matchNormalise(text)
    .split(' ')
    .map((w) => romanFold(w))
    .join(' ');
const foldKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [agesText(k), v]));
const alt = (words: string) => [...new Set(words.split('|').map(agesText))].join('|');

const AGE_WORDS: Record<string, number> = foldKeys({
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  bara: 12,
  barah: 12,
  tera: 13,
  terah: 13,
  choda: 14,
  chodah: 14,
  chauda: 14,
  chaudah: 14,
  pandra: 15,
  pandrah: 15,
  sola: 16,
  solah: 16,
  satra: 17,
  satrah: 17,
  بارہ: 12,
  تیرہ: 13,
  چودہ: 14,
  پندرہ: 15,
  سولہ: 16,
  سترہ: 17,
  دولس: 12,
  دیارلس: 13,
  څوارلس: 14,
  پنځلس: 15,
  شپاړس: 16,
  اولس: 17,
  dolas: 12,
  dwarlas: 12,
  dyarlas: 13,
  tsawarlas: 14,
  pinzalas: 15,
  shparas: 16,
  owlas: 17,
});
const UNIT = `(?:${alt('sal|sala|sale|year|years|yr|yrs|yo|baras|bars|سال|سالہ|برس|کلن|کلنہ|کلنې|کلنی|کالہ|kalan|kalana|kalane|kalanay|kalani|kala')})`;
const NUM = String.raw`(\d{1,2}|${Object.keys(AGE_WORDS).join('|')})`;
const AGE_RES = [
  new RegExp(String.raw`(?:^|\s)${NUM}\s${UNIT}(?=\s|$)`, 'gu'),
  new RegExp(String.raw`(?:^|\s)(?:${alt('umar|umr|age|aged|عمر|i am|im')})\s(?:is\s|hai\s|ہے\s|of\s)?${NUM}(?=\s|$)`, 'gu'),
  // "she is 13", "they are 12 and 13"
  new RegExp(String.raw`(?:^|\s)(?:is|are|was|were)\s(?:only\s|just\s)?${NUM}(?=\s|$)`, 'gu'),
];
// A young child's age written as an age ("3 saal ki", "4 year old", "چار سال کا", "څلور کلن"), not a duration ("2 saal pehle").
const YOUNG_WORDS: Record<string, number> = foldKeys({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ek: 1,
  do: 2,
  tin: 3,
  char: 4,
  panch: 5,
  salor: 4,
  pinza: 5,
  ایک: 1,
  دو: 2,
  تین: 3,
  چار: 4,
  پانچ: 5,
  یو: 1,
  دوه: 2,
  درې: 3,
  څلور: 4,
  پنځه: 5,
});
const YOUNG_RE = new RegExp(
  String.raw`(?:^|\s)(\d{1,2}|${Object.keys(YOUNG_WORDS).join('|')})\s(?:(?:${alt('sal|saal|year|years|yr|yrs|سال|برس')})\s(?:${alt('ka|ki|ke|old|کا|کی|کے')})|${alt('سالہ|کلن|کلنہ|کلنی|کلنې|kalan|kalana|mahine|month|months|ماہ|مہینے|میاشتی')})(?=\s|$)`,
  'gu',
);
const MONTHS_RE = new RegExp(alt('mahine|month|ماہ|مہینے|میاشتی'), 'u');
/** True when the text gives a child's age of five or under (or an age in months). */
export function youngChild(normalised: string): boolean {
  for (const m of normalised.matchAll(YOUNG_RE)) {
    const whole = m[0];
    if (duration(normalised, m.index!, whole.length)) continue;
    if (MONTHS_RE.test(whole)) return true;
    if ((YOUNG_WORDS[m[1]!] ?? Number(m[1])) <= 5) return true;
  }
  return false;
}

// Words around "two months" or "3 saal" that make it a length of time, not an age: "since two months", "for 3 years",
// "2 mahine se", "do saal pehle", "درې میاشتې مخکې".
const BEFORE_DURATION = new Set(agesText('since for from last past after within in pichle pichhle guzishta').split(' '));
const AFTER_DURATION = new Set(
  agesText('ago se pehle pahle baad bad tak sy سے پہلے بعد تک مخکی مخکې وروستہ وروسته pas pase makhke ta').split(' '),
);
/** Whether the age-like match at `start` is told as a length of time by the word before or after it. */
function duration(normalised: string, start: number, length: number): boolean {
  const before = normalised.slice(0, start).trimEnd().split(' ').at(-1) ?? '';
  const after =
    normalised
      .slice(start + length)
      .trimStart()
      .split(' ')[0] ?? '';
  return BEFORE_DURATION.has(before) || AFTER_DURATION.has(after);
}

/** Ages under 18 written in the text ("14 saal", "umar 13", "i am 14", "پندرہ سال"). */
export function agesUnder18(normalised: string): number[] {
  const out = new Set<number>();
  for (const re of AGE_RES) {
    for (const m of normalised.matchAll(re)) {
      const v = AGE_WORDS[m[1]!] ?? Number(m[1]);
      if (v < 18) out.add(v);
    }
  }
  return [...out];
}
