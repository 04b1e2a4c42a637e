// The concept rules' guarantees (api/triage/concepts.yaml), stated as properties over every term of every concept:
// what a CPU officer would notice is a report about a real child left at the standard time, or a question about the
// law sent to the one-hour queue.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { reportOf as input, priorityOf, conceptTriage as triage } from '../../tests/fixtures/concept-triage.ts';
import { AGE_BANDS, CATEGORIES, type Priority, REPORTER_TYPES } from '../schemas.ts';
import { normalise } from './normalise.ts';
import type { TriageInput } from './triage.ts';

const NOW = Date.UTC(2026, 10, 26, 9, 0);
const RANK: Record<Priority, number> = { P1: 1, P2: 2, P3: 3, P4: 4 };
const concepts = parseYaml(readFileSync(new URL('./concepts.yaml', import.meta.url), 'utf8'));
type Harm = {
  severe: boolean;
  terms: string[];
  weak?: { terms: string[] };
  alsoNeeds?: string[][];
  timeless?: boolean;
  urgentWith?: string[];
};
const harms = Object.entries(concepts.harms as Record<string, Harm>);
// Every term of every harm, completed by the first term of each group it also needs.
const harmPhrases = harms.flatMap(([id, h]) =>
  [...h.terms, ...(h.weak?.terms ?? [])].map((t) => ({
    id,
    severe: h.severe,
    timeless: !!h.timeless,
    babyUrgent: !h.urgentWith || h.urgentWith.includes('baby'),
    phrase: [t, ...(h.alsoNeeds ?? []).map((g) => g[0]!)].join(' ').replaceAll('*', ''),
  })),
);
type Composite = { harm: string; need: number; groups: Record<string, string[]> };
const composites = concepts.composites as Composite[];
describe('concept rules', () => {
  it('a harm described about a specific child is never left at the standard time (at least P2), whatever the category', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...harmPhrases),
        fc.constantFrom(...CATEGORIES),
        fc.constantFrom(...REPORTER_TYPES),
        (h, category, reporter) => {
          const p = priorityOf(`my neighbour's daughter: ${h.phrase}`, { category, reporter });
          expect(RANK[p], `${h.id}: ${h.phrase}`).toBeLessThanOrEqual(2);
          if (h.severe) expect(p, `${h.id}: ${h.phrase}`).toBe('P1');
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('adding a harm, in any words the lexicons know, never lowers the priority of any report', () => {
    const arb = fc.record({
      immediateDanger: fc.boolean(),
      category: fc.constantFrom(...CATEGORIES),
      reporter: fc.constantFrom(...REPORTER_TYPES),
      child: fc.record({ ageBand: fc.constantFrom(...AGE_BANDS), gender: fc.constant('unknown' as const) }),
      description: fc.oneof(
        fc.string({ minLength: 0, maxLength: 120 }),
        fc.constantFrom(
          'what is the law?',
          'if a child is hurt, how to protect?',
          'kya yeh jurm hai?',
          'my neighbour beats his son',
          'اگر کوئی بچہ ہو تو کیا کریں؟',
          'bas poochna tha',
        ),
      ),
    });
    fc.assert(
      fc.property(arb, fc.constantFrom(...harmPhrases), (inp, h) => {
        const before = triage(inp, NOW).priority;
        const after = triage({ ...inp, description: `${inp.description} ${h.phrase}` }, NOW).priority;
        expect(RANK[after], `${h.id}: ${inp.description} + ${h.phrase}`).toBeLessThanOrEqual(RANK[before]);
      }),
      { numRuns: 3000 },
    );
  });

  it('a harm with immediacy (tonight, abhi, آج رات, نن شپه) or done to a baby is P1 (a `timeless` harm only as its `urgentWith` says)', () => {
    for (const h of harmPhrases) {
      for (const when of ['tonight', 'aj raat phir', 'آج رات', 'نن شپه']) {
        const p = priorityOf(`${h.phrase} ${when}`);
        if (h.severe || !h.timeless) expect(p, `${h.id}: ${h.phrase} ${when}`).toBe('P1');
        else expect(p, `${h.id}: ${h.phrase} ${when}`).toBe('P2');
      }
      if (h.severe || h.babyUrgent) expect(priorityOf(`the baby next door ${h.phrase}`), `${h.id}: ${h.phrase} (baby)`).toBe('P1');
    }
    // A teenager missing since yesterday is P2 by policy; a toddler missing is P1.
    expect(priorityOf('my son is 15 and has been missing since yesterday', { child: { ageBand: '14-17', gender: 'unknown' } })).toBe('P2');
    expect(priorityOf('my 3 year old is missing from the bazaar for an hour', { child: { ageBand: '0-4', gender: 'unknown' } })).toBe('P1');
  });

  it('a composite harm needs its quota of cue groups: any pair of groups reads as the harm, one group alone does not', () => {
    for (const c of composites) {
      const firsts = Object.entries(c.groups).map(([name, t]) => [name, t[0]!.replaceAll('*', '')] as const);
      for (let i = 0; i < firsts.length; i++) {
        // One group alone (with a specific child) never reads as the harm: the text stays at the standard time.
        const one = triage(input(`my neighbour's daughter ${firsts[i]![1]}`), NOW);
        expect(
          one.reasons.map((r) => r.id).filter((id) => id.startsWith(`concept:${c.harm}`)),
          `${c.harm}: ${firsts[i]![0]} alone`,
        ).toEqual([]);
        for (let j = i + 1; j < firsts.length; j++) {
          if (c.need > 2) continue;
          const two = triage(input(`my neighbour's daughter ${firsts[i]![1]} and ${firsts[j]![1]}`), NOW);
          expect(
            two.reasons.map((r) => r.id).some((id) => id.startsWith(`concept:${c.harm}`)),
            `${c.harm}: ${firsts[i]![0]} + ${firsts[j]![0]}`,
          ).toBe(true);
          expect(RANK[two.priority], `${c.harm}: ${firsts[i]![0]} + ${firsts[j]![0]}`).toBeLessThanOrEqual(2);
        }
      }
    }
  });

  it('behavioural suicide cues, veiled sexual harm, and a time split over a sentence are P1, in five scripts', () => {
    for (const d of [
      'she gave away all her books and wrote a note saying sorry for everything',
      'usne apni sari chizen de di hain aur sab ko khuda hafiz keh diya',
      'اس نے اپنی ساری چیزیں دے دی ہیں اور امی سے کہا معاف کر دینا',
      'هغې خپل ټول شیان ورکړل او مور ته یې وویل بښنه غواړم',
      'hagi khpal tol shayan warkral aw wayal bakhana ghwarum',
    ])
      expect(priorityOf(d), d).toBe('P1');
    for (const d of [
      'her uncle takes her to his room every night and tells her it is their secret',
      'chacha har raat usay kamre me le jata hai aur kehta hai kisi ko na batana',
      'ماموں ہر رات اسے کمرے میں لے جاتا ہے اور کہتا ہے کسی کو نہ بتانا',
    ])
      expect(priorityOf(d), d).toBe('P1');
    for (const d of [
      'abbu roz peet te hain, aaj bhi unhon ne kaha hai ke raat ko aa ke sab ko dekh lunga',
      'he beats us every week. today he phoned and said he will come at night to teach us a lesson',
    ])
      expect(priorityOf(d), d).toBe('P1');
    // "Last night" is not tonight: hitting last night, mentioned today, stays at the standard time.
    expect(priorityOf('kal raat abbu ne thapar mara tha, aaj school me bataya')).toBe('P3');
  });

  it('a shaken or thrown baby is P1; sexual harm while the abuser lives with the child is P1', () => {
    expect(priorityOf('the mother shook her baby hard because he would not stop crying')).toBe('P1');
    expect(priorityOf('the girl is pregnant from her stepfather and he still lives with us')).toBe('P1');
    expect(priorityOf('she was sexually abused by her tutor two years ago, he moved to another city')).toBe('P2');
  });

  it('a condition about any child ("if a student gives away her things…") is a question, and a complaint number is not an emergency', () => {
    const unknown = { child: { ageBand: 'unknown' as const, gender: 'unknown' as const } };
    expect(priorityOf('what should a teacher do if a student gives away her things and writes goodbye notes?', unknown)).toBe('P4');
    expect(priorityOf('bachon se ziyadti ki shikayat ke liye kaunsa number hai?', unknown)).toBe('P4');
    expect(priorityOf('what is the punishment for child rape in Pakistan?', { ...unknown, category: 'sexual_abuse' })).toBe('P4');
    // …but a child asking the same under "sexual abuse" keeps the category's time, and a named child is a report.
    expect(priorityOf('what is the punishment for this?', { reporter: 'self', category: 'sexual_abuse' })).toBe('P1');
    expect(priorityOf('if a child tells me this, what do i do? my niece says her uncle comes to her bed at night', unknown)).toBe('P1');
  });

  it('hitting is P3 by itself, P1 when it is happening now or tonight, P2 on a baby or a child worker', () => {
    expect(priorityOf('the man opposite slaps his son when he comes home late')).toBe('P3');
    expect(priorityOf('the man opposite is beating his son right now in the street')).toBe('P1');
    expect(priorityOf('padosi apne bete ko abhi danda se mar raha hai')).toBe('P1');
    expect(priorityOf('the maid who works next door, the lady slaps her')).toBe('P2');
    expect(priorityOf('the baby next door, his father slaps him')).toBe('P2');
  });

  it('sexual harm told as past, the abuser gone, stays P2 unless the text says now or again', () => {
    expect(priorityOf('my niece told me her tutor did bad things to her two years ago, he moved to another city')).toBe('P2');
    expect(priorityOf('my niece told me her tutor did bad things to her two years ago and he is coming again tomorrow')).toBe('P1');
  });

  it('a question about the law or policy is not raised by alarming words, in every language', () => {
    for (const q of [
      'what does the law say about rape of children and suicide?',
      'how do I discipline without beating?',
      'what is the legal age of marriage in Sindh?',
      'bachon ke aghwa aur ziyadti ki saza kya hai pakistan ke qanoon me?',
      'کیا بچوں کو کمرے میں بند کرنا قانوناً جرم ہے؟',
      'د ماشومانو د تښتولو سزا په قانون کې څه ده؟',
      'pa qanoon ke da mashoman da tukhtawalo saza tsa da?',
    ]) {
      expect(priorityOf(q, { child: { ageBand: 'unknown', gender: 'unknown' } }), q).toBe('P4');
    }
  });

  it('a harm described and then "what should I do?" is a report, not a request for information', () => {
    for (const d of [
      'kisi bachi ko kamre me band kar rakha hai, kya karun?',
      'A girl is being kept locked in a room for a week, what should I do?',
      'mohalle me ek bacha zanjeer se bandha hai, kis ko call karun?',
      'ایک بچی کو کمرے میں بند رکھا ہے، کیا کروں؟',
      'a baby was left at the mosque door, who do i call?',
      'how do i report a kidnapping, a boy was pulled into a car outside school',
      'یوه نجلۍ په کوټه کې تړلې ده، څه وکړم؟',
    ]) {
      expect(priorityOf(d, { child: { ageBand: 'unknown', gender: 'unknown' } }), d).toBe('P1');
    }
  });

  it('a question about a specific child, or a child asking about their own harm, is a report, not a request for information', () => {
    expect(priorityOf('my neighbour locked her daughter in the store room since yesterday, what should i do?')).toBe('P1');
    expect(priorityOf('is it legal that my father burns my hand with a spoon?', { reporter: 'self' })).toBe('P1');
    expect(priorityOf('meri beti ke sath tuition wale ne ziyadti ki, kisi ko nahi bataya, ab kya karna chahiye?')).toBe('P1');
  });

  it('finds ages in Pashto and Roman Pashto ("دیارلس کلنه", "dwarlas kalana") for child marriage', () => {
    expect(priorityOf('زما وراره دیارلس کلنه ده، د جمعې په ورځ یې واده کوي')).toBe('P1');
    expect(priorityOf('zama plar zama wada pa juma kawi, za dwarlas kalana yam', { reporter: 'self' })).toBe('P1');
  });

  it('leaves the Pashto letters ټ ډ ړ ږ ښ ګ ڼ ۍ ې ځ څ as they are (ه and ي fold as in Urdu, on both sides of a match)', () => {
    const letters = 'ټ ډ ړ ږ ښ ګ ڼ ۍ ې ځ څ';
    expect(normalise(letters)).toBe(letters);
    expect(normalise('ماشوم په کوټه کې بند دی')).toBe('ماشوم پہ کوټہ کې بند دی');
    expect(priorityOf('یو څلور کلن ماشوم په کوټه کې یوازې بند دی')).toBe('P1');
  });

  it("explains itself in English and Urdu (Urdu letters), and never quotes the reporter's words", () => {
    for (const [, h] of harms as [string, Harm & { ur: string }][]) expect(h.ur).not.toMatch(/[يكه]/);
    const description =
      'zarqonix: my neighbour locked her daughter in the store room since yesterday and she has no food, he beats her tonight';
    const r = triage(input(description), NOW);
    expect(r.priority).toBe('P1');
    expect(r.reasons.length).toBeGreaterThan(1);
    for (const reason of r.reasons) {
      expect(reason.en).toMatch(/[a-z]/);
      expect(reason.ur).toMatch(/[\u0600-\u06FF]/);
      expect(reason.ur).not.toMatch(/[يكه]/);
      for (const w of ['zarqonix', 'store room', 'yesterday']) expect(`${reason.en} ${reason.ur}`).not.toContain(w);
    }
  });
});

describe('time read as a whole, and questions from research (round 7)', () => {
  const read = (description: string, reporter: TriageInput['reporter'] = 'relative', ageBand: TriageInput['child']['ageBand'] = '10-13') =>
    triage({ immediateDanger: false, category: 'other', reporter, child: { ageBand, gender: 'unknown' }, description }, NOW).priority;

  it('"bal kal" (next year) holds no "kal" (tomorrow): a marriage a year ahead is P2, tomorrow is P1', () => {
    expect(read('zama 14 kalana lur wada bal kal kawi, nikah ba bal kal wi')).toBe('P2');
    expect(read('meri 14 saal ki beti ka nikah kal hai')).toBe('P1');
  });

  it('a harm last night is not far in time because the text also tells of years ago', () => {
    // "My husband died two years ago; last night his brother hit my son, the arm is swollen and does not move."
    expect(read('میړه مې دوه کاله مخکې مړ شو. بیګا یې زما زوی په ډانګ ووهلو، لاس یې پړسیدلی دی او نه یې خوځوي')).toBe('P1');
  });

  it('a student asking for statistics on suicide or abuse is a question, also when she ticked "self"', () => {
    expect(
      read(
        'I am a psychology student writing my thesis on suicidal ideation in adolescents. Does your unit publish any data?',
        'self',
        'unknown',
      ),
    ).toBe('P4');
    expect(read('مجھے تھیسس کے لیے بچوں سے زیادتی کے کیسز کے اعداد و شمار چاہئیں، ضلع وار', 'other', 'unknown')).toBe('P4');
    // A child's own account of harm stays a report whatever words it uses.
    expect(read('mera chacha raat ko mere kamre me ata hai aur galat kaam karta hai, aaj bhi aayega', 'self')).toBe('P1');
  });

  it('round 10: how to tell the signs, "these days", and a condition about any child of an age are questions', () => {
    // "How can one tell that a child is thinking of suicide? … what should parents watch for?"
    expect(
      read('کیسے پتہ چلے کہ کوئی بچہ خودکشی کا سوچ رہا ہے؟ والدین کو کن باتوں پر دھیان دینا چاہیے؟', 'parent_or_carer', 'unknown'),
    ).toBe('P4');
    // "These days there is a lot of news of teenage suicide; how do teachers recognise a student who thinks so?"
    expect(read('آج کل خبروں میں نوجوانوں کی خودکشی کے واقعات بہت آ رہے ہیں۔ اساتذہ کیسے پہچانیں؟', 'teacher', 'unknown')).toBe('P4');
    expect(
      read(
        'agar koi bachi 13 saal ki pregnancy test lene aaye to pharmacist ko kya karna chahiye, kya report karna zaroori hai?',
        'professional',
        'unknown',
      ),
    ).toBe('P4');
    // The same words about a girl met today, or "aaj kal mein" (within a day or two), stay reports.
    expect(
      read(
        'aaj ek bachi 13 saal ki pregnancy test lene aayi, kehti hai chacha ne kiya hai, mujhe kya karna chahiye?',
        'professional',
        'unknown',
      ),
    ).toBe('P1');
    expect(
      read(
        'my neighbour girl of 14 says she will kill herself tonight, how can i tell if she is serious?',
        'neighbour_or_community',
        'unknown',
      ),
    ).toBe('P1');
  });

  it('round 11: the writer saying no child is at risk, the law of the age of marriage, and how to bring up a child without hitting are questions', () => {
    // "This is not a case report": a doctor asking the procedure for examining girls of 10 after rape.
    expect(
      read(
        'This is not a case report. Girls of 10 or 11 who were raped are brought to our ward; what is the procedure for the medicolegal exam?',
        'professional',
        'unknown',
      ),
    ).toBe('P4');
    // A boy of 15 asking whether the police may lock a boy of his age in the thana, "only for information".
    expect(read('kya police 15 saal ke larke ko thane me band kar sakti hai? sirf maloomat ke liye pooch raha hun', 'self', '14-17')).toBe(
      'P4',
    );
    // The same disclaimer does not hold over a time: "tonight" keeps the report.
    expect(
      read(
        'sirf maloomat ke liye: kya police 15 saal ke larke ko aaj raat thane me band kar sakti hai? mera bhai wahan hai',
        'self',
        '14-17',
      ),
    ).not.toBe('P4');
    // "Is the nikah of a girl of 16 legal in Sindh?" in Urdu script and Pashto; a nikah fixed for Friday is a report.
    expect(read('سندھ میں سولہ سال کی لڑکی کا نکاح قانونی ہے یا نہیں؟', 'parent_or_carer', 'unknown')).toBe('P4');
    expect(read('په پنجاب کې د شپاړس کلنې نجلۍ نکاح قانوني ده که نه؟', 'neighbour_or_community', 'unknown')).toBe('P4');
    expect(read('meri 15 saal ki beti ka nikah jumma ko hai, kya ye qanooni hai?', 'parent_or_carer', '14-17')).toBe('P1');
    // "My son of 3 throws things; how do I correct him without hitting?" — and a beating told, with no way asked, is not.
    expect(read('mera beta 3 saal ka hai cheezen phenkta hai, bina maare kaise samjhaun?', 'parent_or_carer', '0-4')).toBe('P4');
    expect(read('sauteli maa mere 3 saal ke bhai ko roz maarti hai, usko bina maare rehna chahiye', 'relative', '0-4')).not.toBe('P4');
    // Teaching one's own child about good touch and bad touch; bad touch told as done is a report.
    expect(read('zama zoy 6 kalan de, tsanga warta da bad touch pa bara ki wowayam?', 'parent_or_carer', '5-9')).toBe('P4');
    expect(read('zama zoy 6 kalan de, qari sahib warsara bad touch kawi', 'parent_or_carer', '5-9')).not.toBe('P4');
    // A matter told as two years back and over ("she is fine now"), in a question of law: a question; the same words
    // with "since yesterday" are a report.
    expect(
      read(
        'Do saal pehle teacher ne meri bhanji ko mara tha. Ab wo bilkul theek hai. Punjab me school me maar peet ke khilaf kaunsa qanoon hai?',
        'relative',
        'unknown',
      ),
    ).toBe('P4');
    expect(read('kal se teacher meri bhanji ko maar raha hai, ab wo theek hai? kaunsa qanoon hai?', 'relative', 'unknown')).not.toBe('P4');
    // "Is bacha bazi still a crime?": "still" asks of the law, not of now.
    expect(
      read('bacha bazi ke baray me kya qanoon hai? kya ye abhi bhi jurm hai? assignment ke liye pooch rahi hun', 'other', 'unknown'),
    ).not.toBe('P1');
    // Under the form's category "sexual abuse" with the child's age ticked, a lesson is still a question; a qari who
    // taught her last year and touched her is a report whatever the word "teaching".
    const asAbuse = (description: string) =>
      triage(
        {
          immediateDanger: false,
          category: 'sexual_abuse',
          reporter: 'parent_or_carer',
          child: { ageBand: '5-9', gender: 'unknown' },
          description,
        },
        NOW,
      ).priority;
    expect(asAbuse('How should I talk to my daughter of 7 about bad touch? Nothing has happened, I only want to teach her.')).toBe('P4');
    // A lesson asked about with a word of every night or tomorrow is a report (an emergency told as a question).
    expect(asAbuse('How do I explain bad touch to my daughter of 7? The neighbour takes her to his room every night.')).not.toBe('P4');
    expect(
      asAbuse('The qari who was teaching her at home last year used to touch her; he went back to his village. What should we do?'),
    ).not.toBe('P4');
  });
});
