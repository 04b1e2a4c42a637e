// Safety properties of triage and the behaviour of its matcher, each stated as a user of the console would notice it.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { conceptTriage as triage } from '../../tests/fixtures/concept-triage.ts';
import { AGE_BANDS, CATEGORIES, type Priority, REPORTER_TYPES } from '../schemas.ts';
import { agesUnder18 } from './ages.ts';
import { normalise } from './normalise.ts';
import { retriage } from './retriage.ts';
import { compileRules, loadRules } from './rules.ts';
import { DEADLINE_MS, readsAsInformationRequest, type TriageInput } from './triage.ts';

const NOW = Date.UTC(2026, 10, 23, 9, 0);
const RANK: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };
const rules = loadRules();
const rawRules = () => parseYaml(readFileSync(new URL('./rules.yaml', import.meta.url), 'utf8'));

const base = (over: Partial<TriageInput> = {}): TriageInput => ({
  immediateDanger: false,
  category: 'other',
  reporter: 'neighbour_or_community',
  child: { ageBand: '10-13', gender: 'unknown' },
  description: 'I am worried about a child in our street.',
  ...over,
});
const run = (over: Partial<TriageInput>) => triage(base(over), NOW);
const ids = (over: Partial<TriageInput>) => run(over).reasons.map((r) => r.id);

const inputArb = fc.record({
  immediateDanger: fc.boolean(),
  category: fc.constantFrom(...CATEGORIES),
  reporter: fc.constantFrom(...REPORTER_TYPES),
  child: fc.record({ ageBand: fc.constantFrom(...AGE_BANDS), gender: fc.constant('unknown' as const) }),
  description: fc.oneof(
    fc.string({ minLength: 10, maxLength: 200 }),
    fc.constantFrom(
      'how can i get advice for my son',
      'my neighbour beats his son',
      'کیا یہ قانونی ہے بس پوچھنا تھا',
      'bacha bhooka hai',
      'just asking, no specific case',
    ),
  ),
});
// Every term of every raising signal, as written in rules.yaml.
const signalPhrases: { id: string; priority: Priority; phrase: string }[] = (
  rawRules().signals as { id: string; priority: Priority; terms: string[]; alsoNeeds?: string[][] }[]
).flatMap((s) =>
  s.terms.map((t) => ({
    id: s.id,
    priority: s.priority,
    phrase: [t, ...(s.alsoNeeds ?? []).map((g) => g[0]!)].join(' ').replaceAll('*', ''),
  })),
);

describe('safety properties', () => {
  it('immediate danger is always P1, due within the hour', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = triage({ ...input, immediateDanger: true }, NOW);
        expect(r.priority).toBe('P1');
        expect(r.dueAt).toBe(NOW + 3_600_000);
        expect(r.reasons[0]!.id).toBe('immediate-danger');
      }),
    );
  });

  it('a text signal can raise the priority, never lower it', () => {
    fc.assert(
      fc.property(inputArb, fc.constantFrom(...signalPhrases), (input, signal) => {
        const before = triage(input, NOW).priority;
        const after = triage({ ...input, description: `${input.description} ${signal.phrase}` }, NOW).priority;
        expect(RANK[after]).toBeLessThanOrEqual(RANK[before]);
        // and a P1/P2 signal always gets at least its own priority (signals needing a child's age aside), unless the
        // whole text reads as a question about no child in particular ("? brick kiln"). P3 signals name a harm without
        // raising the standard time; a strong "just asking, no specific case" outweighs them.
        const asked = readsAsInformationRequest({ ...input, description: `${input.description} ${signal.phrase}` });
        if (RANK[signal.priority] <= 2 && !asked && !['child-marriage', 'child-marriage-imminent'].includes(signal.id)) {
          expect(RANK[after]).toBeLessThanOrEqual(RANK[signal.priority]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("a child's own report of sexual abuse, abduction, suicide or an abandoned newborn is P1 whatever the category", () => {
    const texts = [
      'my uncle touches me down there every night',
      'mamu mujhe akele me pakar ke gandi harkat karte hain',
      'سوتیلا باپ میرے ساتھ غلط حرکتیں کرتا ہے',
      'two men abducted me and my sister, we ran away but they are looking for us',
      'mujhe kal aghwa karne ki koshish ki',
      'i want to kill myself',
      'main khudkushi kar lungi',
      'میں خودکشی کر لوں گی',
      'i found a newborn baby left near our gate',
      'masjid ke bahar naumolood bacha lawaris para mila',
    ];
    for (const category of CATEGORIES) {
      for (const description of texts) {
        expect(triage(base({ reporter: 'self', category, description }), NOW).priority, `${category}: ${description}`).toBe('P1');
      }
    }
    expect(
      run({ reporter: 'self', category: 'sexual_abuse', description: 'something happened to me that i need to tell about' }).priority,
    ).toBe('P1');
  });

  it('a plain request for advice with no child at risk is P4, due in seven days', () => {
    for (const description of [
      'how can i talk to my kids about staying safe online',
      'bachon ko good touch bad touch kaise samjhaun mashwara chahiye',
      'بچوں کی حفاظت کے بارے میں معلومات چاہییں',
    ]) {
      const r = run({ description, child: { ageBand: 'unknown', gender: 'unknown' } });
      expect(r.priority, description).toBe('P4');
      expect(r.dueAt).toBe(NOW + 7 * 24 * 3_600_000);
      expect(r.reasons.map((x) => x.id)).toContain('advice-only');
    }
    // Asking for advice while describing a child at risk is not a request for advice.
    expect(run({ description: 'how can i stop my neighbour, he burned his son with an iron' }).priority).toBe('P1');
    expect(run({ description: 'need advice my daughter is missing since yesterday' }).priority).toBe('P2');
    expect(run({ description: 'how do i report a man who beats his son' }).priority).toBe('P3');
    // "just asking" never outweighs a child's own account.
    expect(run({ reporter: 'self', description: 'my father hits me every day, just asking' }).priority).toBe('P3');
  });

  it('every report gets at least one reason, each with an id and both languages', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const r = triage(input, NOW);
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const x of r.reasons) expect(x.id && x.en && x.ur).toBeTruthy();
      }),
    );
  });

  it('deadlines are 1 h, 24 h, 72 h and 7 days', () => {
    expect(DEADLINE_MS).toEqual({ P1: 3_600_000, P2: 86_400_000, P3: 259_200_000, P4: 604_800_000 });
    expect(run({ category: 'sexual_abuse' }).dueAt).toBe(NOW + 86_400_000);
    expect(run({}).dueAt).toBe(NOW + 259_200_000);
  });
});

describe('text signals', () => {
  it('child marriage fires only with an age under 18 (or the child-marriage category), P1 when imminent', () => {
    expect(run({ description: 'my niece is 15 and her shadi is fixed for after eid' }).priority).toBe('P2');
    expect(run({ description: 'meri bhanji 14 saal ki hai uska nikah kal hai' }).priority).toBe('P1');
    expect(run({ description: 'میری بھانجی کی عمر 13 سال ہے اس کی شادی طے کر دی ہے' }).priority).toBe('P2');
    expect(run({ description: 'my cousin is 24 and her shadi is next month, her family is happy' }).priority).toBe('P3');
    expect(run({ description: 'what is the legal age of marriage' }).priority).toBe('P4');
    expect(agesUnder18(normalise('meri umar ۱۴ saal hai aur woh 45 years ka hai'))).toEqual([14]);
  });

  it('normalises Arabic letters, diacritics, tatweel and Urdu digits before matching', () => {
    expect(normalise('زيادتي كى ہے')).toBe(normalise('زیادتی کی ہے'));
    expect(normalise('نِکـاح')).toBe('نکاح');
    expect(normalise('اغواء')).toBe('اغوا');
    expect(normalise('عمر ۱۴')).toBe('عمر 14');
    expect(run({ description: 'ميرى بهتيجى كے ساتھ زيادتي ہوئى' }).priority).toBe('P1');
    expect(run({ description: 'بچی کو اغواء کر لیا گیا' }).priority).toBe('P1');
    expect(run({ description: 'بچے کو زنجیـــروں سے باندھا ہوا ہے' }).priority).toBe('P1');
  });

  it('understands Roman Urdu spellings and common English misspellings', () => {
    for (const d of ['bachi ko agwa kar liya', 'bachi ko aghwah kar liya', 'bachi ko agwah kar liya'])
      expect(run({ description: d }).priority, d).toBe('P1');
    for (const d of ['uske sath zyadti hui', 'uske sath ziyaadti hui', 'uske sath zayadti hui'])
      expect(run({ description: d }).priority, d).toBe('P1');
    for (const d of ['wo khudkshi ki baat karti hai', 'wo khudkashi ki baat karti hai'])
      expect(run({ description: d }).priority, d).toBe('P1');
    for (const d of [
      'she was rapped',
      'the girl was abductd',
      'he said he will commit suiside',
      'the boy was kidnapped',
      'an abandond baby',
    ]) {
      expect(run({ description: d }).priority, d).toBe(d.includes('baby') ? 'P3' : 'P1');
    }
    expect(run({ description: 'an abandond new born baby by the road' }).priority).toBe('P1');
  });

  it('matches whole words and phrases: "band" alone does not fire, "band kar" and "کمرے میں بند" do', () => {
    expect(ids({ description: 'school band hai aaj aur bache ghar pe hain' })).not.toContain('confinement');
    expect(ids({ description: 'bachon ka band baja bhi bajata hai' })).not.toContain('confinement');
    expect(ids({ description: 'usne bandook dikhayi' })).not.toContain('confinement');
    expect(ids({ description: 'usko kamre me band kar diya' })).toContain('confinement');
    expect(ids({ description: 'بچی کو کمرے میں بند رکھا ہے' })).toContain('confinement');
    // a common word one letter away from a term does not fire it
    expect(ids({ description: 'boys selling tissues at the signal' })).not.toContain('injury');
    expect(ids({ description: 'kissing on the cheek at eid' })).not.toContain('missing');
  });

  it('suggests a category when the reporter chose "other", and only then', () => {
    expect(run({ category: 'other', description: 'meri beti ko kal school ke bahar se aghwa kar liya' }).suggestedCategory).toBe(
      'trafficking_or_abduction',
    );
    expect(run({ category: 'other', description: 'the boy works in a workshop all day' }).suggestedCategory).toBe('child_labour');
    expect(run({ category: 'neglect', description: 'the boy works in a workshop all day' }).suggestedCategory).toBeNull();
    expect(run({ category: 'other', description: 'nothing specific to say here' }).suggestedCategory).toBeNull();
  });

  it('gives every reason in English and Urdu (Urdu letters, not Arabic ones)', () => {
    const r = run({ immediateDanger: true, category: 'other', description: 'bache ko zanjeer se bandha hai aur khoon beh raha hai' });
    expect(r.reasons.length).toBeGreaterThanOrEqual(3);
    for (const reason of r.reasons) {
      expect(reason.en).toMatch(/[a-z]/);
      expect(reason.ur).toMatch(/[\u0600-\u06FF]/);
      expect(reason.ur).not.toMatch(/[يكه]/);
    }
    for (const s of rawRules().signals as { en: string; ur: string }[]) expect(s.ur).not.toMatch(/[يكه]/);
  });
});

describe('rules are data', () => {
  it('a supervisor request ("treat begging as urgent") is a change to rules.yaml', () => {
    const report = base({ category: 'begging', description: 'small kids bheek mangte hain signal pe' });
    expect(triage(report, NOW, rules).priority).toBe('P3');
    const data = rawRules();
    data.signals.find((s: { id: string }) => s.id === 'begging').priority = 'P2';
    const changed = compileRules(data);
    expect(triage(report, NOW, changed).priority).toBe('P2');
    expect(triage(report, NOW, changed).dueAt).toBe(NOW + 86_400_000);
  });

  it('rejects a rules file with a duplicate id or an unknown category', () => {
    const dup = rawRules();
    dup.signals.push({ ...dup.signals[0] });
    expect(() => compileRules(dup)).toThrow(/duplicate rule id/);
    const bad = rawRules();
    bad.signals[0].category = 'not_a_category';
    expect(() => compileRules(bad)).toThrow();
  });
});

describe('retriage', () => {
  const created = NOW - 10 * 3_600_000;
  const first = triage(base({ category: 'neglect', description: 'the children are often hungry' }), created);

  it('raises the priority when the added text shows more danger, and says why', () => {
    const r = retriage(
      { ...first, createdAt: created },
      base({ category: 'neglect', description: 'the children are often hungry' }),
      'ab unko kamre me band kar diya hai',
      NOW,
    );
    expect(first.priority).toBe('P3');
    expect(r.changed).toBe(true);
    expect(r.previousPriority).toBe('P3');
    expect(r.priority).toBe('P1');
    expect(r.newReasons.map((x) => x.id)).toEqual(['confinement', 'concept:confinement']);
    // P1 counted from submission is already past: due now, not given a fresh hour
    expect(r.dueAt).toBe(NOW);
  });

  it('never lowers the priority', () => {
    fc.assert(
      fc.property(inputArb, fc.string({ maxLength: 100 }), fc.constantFrom<Priority>('P1', 'P2', 'P3', 'P4'), (input, added, current) => {
        const r = retriage(
          { priority: current, dueAt: created + DEADLINE_MS[current], createdAt: created, reasons: [] },
          input,
          added,
          NOW,
        );
        expect(RANK[r.priority]).toBeLessThanOrEqual(RANK[current]);
        expect(r.dueAt).toBeLessThanOrEqual(created + DEADLINE_MS[current]);
        expect(r.changed).toBe(r.priority !== current);
      }),
    );
    const p1 = retriage(
      { priority: 'P1', dueAt: created + 3_600_000, createdAt: created },
      base({ description: 'how can i get advice' }),
      'just asking',
      NOW,
    );
    expect(p1).toMatchObject({ changed: false, priority: 'P1', newReasons: [] });
  });
});
