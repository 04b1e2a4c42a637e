// Finding the factual claims a page makes (a marriage age, where a helpline works, where a law applies, the
// Zainab Alert deadline) sentence by sentence, and checking each against content/laws.json and helplines.json.
import { loadDirectory } from '../../directory/routing.ts';
import { helplinesData, LANGS, type Lang, lawsData } from './content-lib.ts';

export interface Unit {
  lang: Lang;
  where: string;
  paragraph: string;
  sentence: string;
}
export interface Claim {
  where: string;
  text: string;
  ok: boolean;
  why: string;
}

type Law = (typeof lawsData.laws)[number] & { marriageAge?: { girls: number; boys: number }; supersededBy?: string };
const LAWS = lawsData.laws as Law[];

/** Paragraphs (lines, list items), each cut into sentences and clauses (a semicolon starts a new claim). */
export function pageUnits(lang: Lang, where: string, text: string): Unit[] {
  return text
    .split(/\n+/)
    .filter((p) => p.trim())
    .flatMap((paragraph) =>
      paragraph
        .split(/[.۔؟!?;؛](?=\s|$)/u)
        .filter((s) => s.trim())
        .map((sentence) => ({ lang, where, paragraph, sentence })),
    );
}

// Other names a page uses for a province besides the directory's.
const ALIASES: Record<string, string[]> = {
  islamabad: ['Islamabad', 'اسلام آباد', 'اسلام اباد'],
  'azad-kashmir': ['AJK', 'Azad Kashmir', 'آزاد کشمیر', 'ازاد کشمير'],
  'khyber-pakhtunkhwa': ['KP'],
  'gilgit-baltistan': ['Gilgit'],
};
const provinces = loadDirectory().provinces;
export function provinceNames(lang: Lang): { id: string; name: string }[] {
  return provinces
    .flatMap((p) => [p.name[lang], ...(ALIASES[p.id] ?? [])].map((name) => ({ id: p.id, name: name.trim() })))
    .sort((a, b) => b.name.length - a.name.length);
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const provinceRes = new Map(
  LANGS.map((lang) => [
    lang,
    provinceNames(lang).map(({ id, name }) => ({ id, re: new RegExp(`(?<![\\p{L}])${escapeRe(name)}(?![\\p{L}])`, 'u') })),
  ]),
);
/** Provinces a text names, with where each first appears. */
function provincesIn(lang: Lang, text: string): Map<string, number> {
  const found = new Map<string, number>();
  let rest = text;
  for (const { id, re } of provinceRes.get(lang)!) {
    const m = re.exec(rest);
    if (!m) continue;
    found.set(id, Math.min(found.get(id) ?? m.index, m.index));
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
  }
  return found;
}

// Words that turn "X works in P" into "X does not (or no longer, or instead)".
const NEGATION: Record<Lang, RegExp> = {
  en: /\b(?:not|no longer|never|except|outside|elsewhere|instead|replac\w*|repeal\w*|struck|until|unverified|cannot)\b/i,
  ur: /نہیں|علاوہ|کے سوا|ختم|کالعدم|بجائے/u,
  ps: /نه دے|نه دي|نه ده|نه شي|نه کوي|نشته|لرې|باطل|ځاے نيولے|پر ځاے/u,
};
const negationAt = (lang: Lang, text: string) => NEGATION[lang].exec(text)?.index ?? -1;

const lawNames = (lang: Lang, laws: Law[]) =>
  laws.map((l) => ({ law: l, name: l.name[lang] })).sort((a, b) => b.name.length - a.name.length);
function lawsIn(lang: Lang, text: string, laws: Law[]): Law[] {
  let rest = text;
  const found: Law[] = [];
  for (const { law, name } of lawNames(lang, laws)) {
    if (!rest.includes(name)) continue;
    found.push(law);
    rest = rest.split(name).join(' ');
  }
  return found;
}

const table = (lawsData as unknown as { marriageAges: Record<string, unknown> }).marriageAges;
export function marriageAgeTable(): Map<string, { girls: number; boys: number; law: string }> {
  return new Map(
    Object.entries(table)
      .filter(([k]) => !k.startsWith('$'))
      .map(([k, v]) => [k, v as { girls: number; boys: number; law: string }]),
  );
}

const MARRIAGE: Record<Lang, RegExp> = { en: /marri|nikah|wedding/i, ur: /شادی|نکاح/u, ps: /واده|ودونو|نکاح/u };
// "16 for girls" says a marriage age even where the sentence does not say "marriage" (a list under such a heading).
const GENDER: Record<Lang, RegExp> = { en: /\b(?:girls?|boys?)\b/i, ur: /لڑکی|لڑکیوں|لڑکے|لڑکوں|لڑکا/u, ps: /نجل|نجون|هلک/u };
// Only the ages the laws set: other numbers in a marriage sentence are phone numbers or years.
const AGE = /(?<!\d)(1[68])(?!\d)/g;

export function ageClaims(units: Unit[]): Claim[] {
  const ages = marriageAgeTable();
  const marriageLaws = LAWS.filter((l) => l.marriageAge);
  const claims: Claim[] = [];
  for (const u of units) {
    const stated = new Set([...u.sentence.matchAll(AGE)].map((m) => Number(m[1])));
    if (!MARRIAGE[u.lang].test(u.sentence) && !(GENDER[u.lang].test(u.sentence) && stated.size > 0)) continue;
    const laws = lawsIn(u.lang, u.sentence, marriageLaws);
    for (const l of lawsIn(u.lang, u.paragraph, marriageLaws).filter((x) => x.supersededBy)) {
      const next = LAWS.find((x) => x.id === l.supersededBy)!;
      const ok = u.paragraph.includes(next.name[u.lang]);
      if (!ok || u.sentence.includes(l.name[u.lang]))
        claims.push({ where: u.where, text: u.paragraph, ok, why: `names ${l.id} without the law that replaced it (${next.id})` });
    }
    if (stated.size === 0) continue;
    const provinces = [...provincesIn(u.lang, u.sentence).keys()];
    const fits = (allowed: Set<number>) => [...stated].every((a) => allowed.has(a));
    const agesOf = (g: { girls: number; boys: number }) => new Set([g.girls, g.boys]);
    if (laws.length > 0) {
      const allowed = new Set(laws.flatMap((l) => [...agesOf(l.marriageAge!)]));
      claims.push({ where: u.where, text: u.sentence, ok: fits(allowed), why: `ages ${[...stated]} beside ${laws.map((l) => l.id)}` });
    } else if (provinces.length > 0) {
      for (const p of provinces) {
        const row = ages.get(p)!;
        claims.push({ where: u.where, text: u.sentence, ok: fits(agesOf(row)), why: `${p}: ${row.girls} for girls, ${row.boys} for boys` });
      }
    } else if (stated.has(16)) {
      claims.push({ where: u.where, text: u.sentence, ok: false, why: '16 stated without the province or law it holds for' });
    }
  }
  return claims;
}

const numbers = new Map<string, Set<string>>();
for (const h of helplinesData.helplines) {
  const set = numbers.get(h.number) ?? new Set<string>();
  for (const p of h.provinces) set.add(p);
  numbers.set(h.number, set);
}
const local = [...numbers].filter(([n, ps]) => !ps.has('*') && n.length >= 4).map(([n]) => n);
const NUMBER = new RegExp(`(?<!\\d)(${local.join('|')})(?!\\d)`, 'g');
const numbersIn = (text: string) => [...new Set([...text.matchAll(NUMBER)].map((m) => m[1]!))];

export function helplineClaims(units: Unit[]): Claim[] {
  const claims: Claim[] = [];
  for (const u of units) {
    const inSentence = numbersIn(u.sentence);
    const inParagraph = numbersIn(u.paragraph);
    const nums = inSentence.length > 0 ? inSentence : inParagraph.length === 1 ? inParagraph : [];
    if (nums.length === 0) continue;
    const works = new Set(nums.flatMap((n) => [...numbers.get(n)!]));
    const provinces = provincesIn(u.lang, u.sentence);
    const neg = negationAt(u.lang, u.sentence);
    for (const [p, at] of provinces) {
      if (neg < 0 && inSentence.length > 0) claims.push({ where: u.where, text: u.sentence, ok: works.has(p), why: `${nums} in ${p}` });
      else if (neg >= 0 && at > neg)
        claims.push({
          where: u.where,
          text: u.sentence,
          ok: !works.has(p),
          why: `says ${nums} is not (confirmed) in ${p}, where the data has it`,
        });
    }
  }
  return claims;
}

const NATIONAL = new Set(['pakistan', 'international']);
export function lawReachClaims(units: Unit[]): Claim[] {
  const provincial = LAWS.filter((l) => !NATIONAL.has(l.where));
  const claims: Claim[] = [];
  for (const u of units) {
    if (negationAt(u.lang, u.sentence) >= 0) continue;
    const laws = lawsIn(u.lang, u.sentence, provincial);
    // A law's own name says its province; strip the law names before looking for the provinces the sentence adds.
    let rest = u.sentence;
    for (const l of laws) rest = rest.split(l.name[u.lang]).join(' ');
    const added = [...provincesIn(u.lang, rest).keys()];
    if (laws.length === 0 || added.length === 0) continue;
    for (const p of added) {
      const ok = laws.some((l) => l.where === p);
      claims.push({ where: u.where, text: u.sentence, ok, why: `applies ${laws.map((l) => `${l.id} (${l.where})`)} to ${p}` });
    }
  }
  return claims;
}

const ZARRA: Record<Lang, RegExp> = { en: /Zainab|ZARRA/, ur: /زینب|زارا/u, ps: /زينب|زارا|ZARRA/u };
const HOURS: Record<Lang, RegExp> = { en: /(\d+)\s*hours?/g, ur: /(\d+)\s*گھنٹ/gu, ps: /(\d+)\s*ساعت/gu };
export function zarraDeadlineClaims(units: Unit[]): Claim[] {
  const hours = (lawsData.laws.find((l) => l.id === 'zarra-2020') as unknown as { duties: { informZarraWithinHours: number } }).duties
    .informZarraWithinHours;
  return units
    .filter((u) => ZARRA[u.lang].test(u.paragraph))
    .flatMap((u) =>
      [...u.sentence.matchAll(HOURS[u.lang])].map((m) => ({
        where: u.where,
        text: u.sentence,
        ok: Number(m[1]) === hours,
        why: `the Act's deadline is ${hours} hours`,
      })),
    );
}

export { LANGS };
