import { describe, expect, it } from 'vitest';
import { priorityOf, conceptTriage as triage } from '../../tests/fixtures/concept-triage.ts';
import { matchNormalise, normalise, readsAsPashto, romanFold, withoutPerfective } from './normalise.ts';

// The concept rules' priority for a neighbour's report with this text (one argument: the helper is passed to map).
const priority = (description: string) => priorityOf(description);

describe('romanFold: Roman Urdu and Roman Pashto spelt by ear', () => {
  it('folds w to v and a final -ay, -ey, -ai or -ae to -e, in words of five letters or more', () => {
    expect(['tasweer', 'tasveer'].map((w) => romanFold(normalise(w)))).toEqual(['tasver', 'tasver']);
    expect(['ganday', 'gandey', 'gandai', 'gande'].map((w) => romanFold(w))).toEqual(['gande', 'gande', 'gande', 'gande']);
    expect(['jummay', 'jumme'].map((w) => romanFold(normalise(w)))).toEqual(['jume', 'jume']);
  });

  it('leaves short words, stems, and words in other scripts as they are', () => {
    expect(['hai', 'say', 'day', 'they'].map((w) => romanFold(w))).toEqual(['hai', 'say', 'day', 'they']);
    expect(romanFold('lagay', true)).toBe('lagay');
    expect(romanFold('تصویر')).toBe('تصویر');
  });
});

describe('triage reads one report the same in any of its Roman spellings', () => {
  it('a veiled act tonight, written -ay, -ey or -e', () => {
    const spellings = ['ganday kaam karte hain aaj raat', 'gandey kaam karte hain aaj raat', 'gande kam karte hain aj rat'];
    expect(spellings.map(priority)).toEqual(['P1', 'P1', 'P1']);
  });

  it('words joined or split: a phrase typed as one word, a word typed in two', () => {
    expect(['meri behen khudkushi ki baat karti hai', 'meri behen khud kushi ki baat karti hai'].map(priority)).toEqual(['P1', 'P1']);
    const locked = ['chachi ne bachi ko store me band kar diya hai', 'chachi ne bachi ko store me bandkar diya hai'].map(priority);
    expect(locked[0]).toBe('P1');
    expect(locked[1]).toBe(locked[0]);
    // "to night" is not "tonight": parts under three letters are not joined.
    expect(priority('the boys work in the shed from morning to night')).toBe(
      priority('the boys work in the shed from morning till evening'),
    );
  });

  it('pictures and a threat to put them online, written with w or v', () => {
    const spellings = [
      'us ke pas meri tasweerein hain, paise do warna facebook pe daal dega',
      'us ke pas meri tasveerein hain, paise do varna facebook pe daal dega',
    ];
    const [w, v] = spellings.map(priority);
    expect(w).toBe(v);
    expect(w).not.toBe('P3');
  });
});

describe('spelling families, folded the same way for terms and text (normalise.ts)', () => {
  it('Roman: kh/x, gh/g, q/k, w/v, doubled letters, a silent final -h', () => {
    expect(['khpal', 'xpal'].map((w) => romanFold(matchNormalise(w)))).toEqual(['xpal', 'xpal']);
    expect(['ghalat', 'galat', 'ghallat'].map((w) => romanFold(matchNormalise(w)))).toEqual(['galat', 'galat', 'galat']);
    expect(['qatl', 'katl'].map((w) => romanFold(w))).toEqual(['katl', 'katl']);
    expect(['nikah', 'nika', 'subah', 'suba'].map((w) => romanFold(w))).toEqual(['nika', 'nika', 'suba', 'suba']);
    expect(romanFold('shah')).toBe('sha');
    expect(romanFold('bach')).toBe('bach');
  });

  it('a doubled ee or oo also reads as its long vowel (peet → pit), the plain collapse kept beside it', () => {
    expect(matchNormalise('peet bhooka')).toBe('pet bhoka');
    expect(matchNormalise('peet bhooka', true)).toBe('pit bhuka');
  });

  it('Pashto letters typed on an Urdu or Arabic keyboard meet their Pashto spelling', () => {
    const pairs = [
      ['ځان', 'زان'],
      ['ښځه', 'شزہ'],
      ['ګواښ', 'گواش'],
      ['ټپ', 'ٹپ'],
      ['ړوند', 'ڑوند'],
      ['ډېر', 'ڈیر'],
      ['زوړ', 'زوڑ'],
      ['کې', 'کی'],
      ['ماشومۍ', 'ماشومی'],
      ['كور', 'کور'],
    ];
    for (const [a, b] of pairs) expect(matchNormalise(a!), a).toBe(matchNormalise(b!));
    // Urdu's own letters stay apart: چھوٹے (small) is not چھوتے (touches).
    expect(matchNormalise('چھوٹے')).not.toBe(matchNormalise('چھوتے'));
  });
});

// Each report of the development corpus, respelt at random within the families above, keeps its priority.
describe('a report gets the same priority in each spelling and script variant of the same words', () => {
  const NOW = Date.UTC(2026, 10, 23, 9, 0);
  let seed = 23;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const LATIN: [RegExp, (m: string) => string][] = [
    [/kh|x/g, () => pick(['kh', 'x'])],
    [/gh|g/g, () => pick(['gh', 'g'])],
    [/q|k(?!h)/g, () => pick(['q', 'k'])],
    [/w|v/g, () => pick(['w', 'v'])],
    // Consonants (and a) doubled: a doubled e or o is another word's long vowel (chori theft, choori bangle, churi knife).
    [/([b-df-hj-np-tv-z]|a)/g, (m) => (rand() < 0.1 ? m + m : m)],
    [/([a-z]{2,}[aeiou])\b/g, (m) => (rand() < 0.3 ? `${m}h` : m)],
  ];
  const ARABIC: [RegExp, () => string][] = [
    [/[یيېۍى]/g, () => pick(['ی', 'ي', 'ې', 'ۍ'])],
    [/[ګگ]/g, () => pick(['ګ', 'گ'])],
    [/[ښش]/g, () => pick(['ښ', 'ش'])],
    [/[ځز]/g, () => pick(['ځ', 'ز'])],
    [/[ټٹ]/g, () => pick(['ټ', 'ٹ'])],
    [/[ړڑ]/g, () => pick(['ړ', 'ڑ'])],
    [/[ډڈ]/g, () => pick(['ډ', 'ڈ'])],
    [/[کك]/g, () => pick(['ک', 'ك'])],
    [/[هہ]/g, () => pick(['ه', 'ہ'])],
  ];
  const respell = (text: string, script: 'latin' | 'pashto') => {
    let t = script === 'latin' ? text.toLowerCase() : text;
    for (const [re, f] of script === 'latin' ? LATIN : ARABIC) t = t.replace(re, f as (m: string) => string);
    return t;
  };

  it('Roman Urdu, Roman Pashto (Latin families) and Pashto script (letter families), three variants each', async () => {
    const { DEVELOPMENT_SETS, loadLabelled } = await import('../../tests/triage/labelled.ts');
    const reports = DEVELOPMENT_SETS.flatMap((s) => loadLabelled(s)).filter((e) => ['ro', 'rp', 'ps'].includes(e.lang));
    expect(reports.length).toBeGreaterThan(300);
    const differ: string[] = [];
    for (const e of reports) {
      const input = {
        immediateDanger: false,
        category: e.category,
        reporter: e.reporter,
        child: { ageBand: e.ageBand, gender: 'unknown' as const },
      };
      const base = triage({ ...input, description: e.text }, NOW).priority;
      for (let k = 0; k < 3; k++) {
        const variant = respell(e.text, e.lang === 'ps' ? 'pashto' : 'latin');
        const got = triage({ ...input, description: variant }, NOW).priority;
        if (got !== base) differ.push(`${e.id} ${base}→${got}: ${variant}`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe("Pashto's perfective prefix (round 7)", () => {
  it('is taken off a Pashto verb in script and in Latin letters, never off a short word or an Urdu text', () => {
    expect(withoutPerfective(matchNormalise('پلار یې ووهلو او له کوره یې وویستلو'))).toBe(
      matchNormalise('پلار یې وهلو او له کوره یې ویستلو'),
    );
    expect(withoutPerfective('qari sahib owahal aw wowahalo obasal')).toBe('qari sahib wahal aw wahalo basal');
    expect(withoutPerfective('os wo okay')).toBe('os wo okay');
    expect(readsAsPashto('زما زوی یې ووهلو')).toBe(true);
    expect(readsAsPashto('zama zoy 8 kalan de, plar ye owahal')).toBe(true);
    expect(readsAsPashto('وقت پر والد صاحب آئے')).toBe(false);
    expect(readsAsPashto('only the owner opened the office')).toBe(false);
  });

  it('lets a report say "beat" and "threw out" with the prefix and be read as without it', () => {
    // A boy thrown out of the house tonight, in the cold (POLICY.md: a child thrown out at night is P1).
    expect(priority('زمونږ ګاونډی نن شپه خپل زوی د کور نه وویستلو، یخنی ده')).toBe('P1');
    expect(priority('zmong gawandi nan shpa khpal zoy da kora obasal, yakhni da')).toBe('P1');
  });
});
