// Pashto pages and strings use Pashto's own letters (Peshawar standard), not Urdu look-alikes, and keep numbers
// Western and left-to-right as the Urdu pages do. Rules and their source: tests/site/pashto-text.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { splitPage } from '../content/content-lib.ts';
import { hasPashtoLetters, notPashtoLetters } from './pashto-text.ts';

const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
const CONTENT = new URL('../../content/ps/', import.meta.url);
const LOCALES = new URL('../../locales/ps/', import.meta.url);
const pages = readdirSync(CONTENT).filter((f) => f.endsWith('.md')).map((f) => ({ f, ...splitPage(readFileSync(new URL(f, CONTENT), 'utf8')) }));
const namespaces = readdirSync(LOCALES).filter((f) => f.endsWith('.json')).map((f) => ({ f, json: JSON.parse(readFileSync(new URL(f, LOCALES), 'utf8')) as unknown }));

describe('Pashto guidance pages', () => {
  test('there is a Pashto page for every English page', () => {
    const en = readdirSync(new URL('../../content/en/', import.meta.url)).filter((f) => f.endsWith('.md')).sort();
    expect(pages.map((p) => p.f).sort()).toEqual(en);
  });

  test('title, description and body use Pashto letters only', () => {
    const findings = pages.flatMap((p) => notPashtoLetters([p.data.title, p.data.description, p.body].join('\n'), `content/ps/${p.f}`));
    expect(findings).toEqual([]);
  });

  test('every page is written in Pashto (has letters only Pashto uses)', () => {
    expect(pages.filter((p) => !hasPashtoLetters(String(p.data.title) + p.body)).map((p) => p.f)).toEqual([]);
  });

  test('every Western digit sits in a left-to-right element, as on the Urdu pages', () => {
    const bare = pages.flatMap((p) => {
      const text = p.body
        .replace(/<(a|bdi|span)\b[^>]*\bdir="ltr"[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/\]\([^)]*\)/g, ']')
        .replace(/^\s*\d+\.\s/gm, '');
      return [...text.matchAll(/\d+/g)].map((m) => `${p.f}: …${text.slice(Math.max(0, m.index! - 15), m.index! + 15)}…`);
    });
    expect(bare).toEqual([]);
  });
});

describe('Pashto interface strings', () => {
  test('every namespace of locales/en exists in Pashto', () => {
    const en = readdirSync(new URL('../../locales/en/', import.meta.url)).filter((f) => f.endsWith('.json')).sort();
    expect(namespaces.map((n) => n.f).sort()).toEqual(en);
  });

  // Until the language registry lists ps, locale-parity.test.ts compares en and ur only: hold Pashto to the same bar.
  test('same keys, plural forms and {{placeholders}} as English', () => {
    const flat = (v: unknown, key = ''): [string, string][] =>
      typeof v === 'string' ? [[key, v]] : Object.entries(v as object).flatMap(([k, vv]) => flat(vv, key ? `${key}.${k}` : k));
    const holes = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort().join();
    for (const n of namespaces) {
      const en = new Map(flat(JSON.parse(readFileSync(new URL(`../../locales/en/${n.f}`, import.meta.url), 'utf8'))));
      const ps = new Map(flat(n.json));
      expect([...ps.keys()].sort(), n.f).toEqual([...en.keys()].sort());
      expect([...en].filter(([k, v]) => ps.has(k) && holes(v) !== holes(ps.get(k)!)).map(([k]) => `${n.f}: ${k}`)).toEqual([]);
    }
  });

  test('strings use Pashto letters only', () => {
    expect(namespaces.flatMap((n) => strings(n.json).flatMap((s) => notPashtoLetters(s, `locales/ps/${n.f}`)))).toEqual([]);
  });

  test('each namespace is written in Pashto', () => {
    expect(namespaces.filter((n) => !hasPashtoLetters(strings(n.json).join(' '))).map((n) => n.f)).toEqual([]);
  });
});

test('Pashto district and province names use Pashto letters only', () => {
  const names = JSON.parse(readFileSync(new URL('../../content/directory/names.ps.json', import.meta.url), 'utf8')) as { provinces: Record<string, string>; districts: Record<string, string>; queues?: Record<string, string> };
  const all = [...Object.values(names.provinces), ...Object.values(names.districts), ...Object.values(names.queues ?? {})];
  expect(all.length).toBeGreaterThan(0);
  expect(all.flatMap((s) => notPashtoLetters(s, 'content/directory/names.ps.json'))).toEqual([]);
});

test('Pashto helpline and law names use Pashto letters only, and a name for every helpline and law', () => {
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../../content/${f}`, import.meta.url), 'utf8'));
  const helplines = read('helplines.ps.json').helplines as Record<string, { name: string; purpose: string; where: string }>;
  const laws = read('laws.ps.json').laws as Record<string, string>;
  expect(Object.keys(helplines).sort()).toEqual((read('helplines.json').helplines as { id: string }[]).map((h) => h.id).sort());
  expect(Object.keys(laws).sort()).toEqual((read('laws.json').laws as { id: string }[]).map((l) => l.id).sort());
  const text = [...Object.values(helplines).flatMap((h) => [h.name, h.purpose, h.where]), ...Object.values(laws).map((l) => l.replace(/<bdi\b[^>]*>[^<]*<\/bdi>/g, ''))];
  expect(text.flatMap((s) => notPashtoLetters(s, 'content/{helplines,laws}.ps.json'))).toEqual([]);
});

test('each Pashto page names the same laws as its English page (by the names in laws.json and laws.ps.json)', () => {
  const laws = JSON.parse(readFileSync(new URL('../../content/laws.json', import.meta.url), 'utf8')).laws as { id: string; name: { en: string } }[];
  const ps = JSON.parse(readFileSync(new URL('../../content/laws.ps.json', import.meta.url), 'utf8')).laws as Record<string, string>;
  const names = laws.flatMap((l) => [{ id: l.id, text: l.name.en }, { id: l.id, text: ps[l.id] ?? l.name.en }]).sort((a, b) => b.text.length - a.text.length);
  // Longest first and blanked once found, as in tests/content/content.test.ts, so a name inside a longer one is not counted twice.
  const named = (body: string) => {
    let rest = body;
    const found = new Set<string>();
    for (const n of names) if (rest.includes(n.text)) { found.add(n.id); rest = rest.split(n.text).join(' '); }
    return [...found].sort();
  };
  for (const p of pages) {
    const en = splitPage(readFileSync(new URL(`../../content/en/${p.f}`, import.meta.url), 'utf8')).body;
    expect(named(p.body), p.f).toEqual(named(en));
  }
});

describe('the check itself', () => {
  test('catches each Urdu look-alike and names the Pashto letter', () => {
    for (const [urdu, pashto] of [['ٹ', 'ټ'], ['ڈ', 'ډ'], ['ڑ', 'ړ'], ['گ', 'ګ'], ['ہ', 'ه']] as const) {
      const found = notPashtoLetters(`ما${urdu}و`, 'x');
      expect(found).toHaveLength(1);
      expect(found[0]!.char).toContain(pashto);
    }
    expect(notPashtoLetters('ګھر', 'x')).toHaveLength(1); // ھ
    expect(notPashtoLetters('میں', 'x')).toHaveLength(2); // ی and ں
    expect(notPashtoLetters('كتاب', 'x')).toHaveLength(1); // Arabic kaf
    expect(notPashtoLetters('ماشوم دے۔', 'x')).toHaveLength(1); // Urdu full stop
  });

  test('passes Peshawar-standard Pashto, including ے for -ay and ي for -i', () => {
    expect(notPashtoLetters('ستا بدن ستا دے. ته ووايه، که څوک دې ځوروي. نجلۍ او هلک ټول خوندي دي. د ګاونډي ځاے.', 'x')).toEqual([]);
  });

  test('flags ۍ and ے inside a word, and Eastern digits', () => {
    expect(notPashtoLetters('نجلۍکه', 'x')).toHaveLength(1);
    expect(notPashtoLetters('دےکه', 'x')).toHaveLength(1);
    expect(notPashtoLetters('۱۵ ته زنګ', 'x')).toHaveLength(2);
  });

  test('recognises Pashto and not Urdu', () => {
    expect(hasPashtoLetters('ډېر ښه')).toBe(true);
    expect(hasPashtoLetters('آپ کا جسم آپ کا ہے')).toBe(false);
    // A short Pashto sentence can lack them (ستا بدن ستا دے), which is why the check is per page and per namespace.
    expect(hasPashtoLetters('ستا بدن ستا دے')).toBe(false);
  });
});
