import { LANGS, langDir } from '../domain/languages.ts';
import { CATEGORIES } from '../domain/vocabulary.ts';

// The reports bench:intake sends: six places, every category of the vocabulary in turn, a third in Urdu,
// every 17th in immediate danger.
const PLACES = [
  ['khyber-pakhtunkhwa', 'peshawar'],
  ['punjab', 'lahore'],
  ['sindh', 'karachi-central'],
  ['punjab', 'rawalpindi'],
  ['balochistan', 'quetta'],
  ['islamabad', 'islamabad'],
] as const;

export function intakePayload(i: number): string {
  const [province, district] = PLACES[i % PLACES.length]!;
  // Every registry language in turn (errors and triage reasons differ by language); right-to-left languages send
  // text in Arabic script, the others in Latin, so triage reads both scripts.
  const locale = LANGS[i % LANGS.length]!;
  return JSON.stringify({
    locale,
    reporter: 'neighbour_or_community',
    category: CATEGORIES[i % CATEGORIES.length],
    immediateDanger: i % 17 === 0,
    child: { ageBand: '5-9', gender: i % 2 ? 'girl' : 'boy' },
    location: { province, district, details: 'Near the market' },
    description:
      langDir(locale) === 'rtl'
        ? `پڑوس میں ایک بچے کو ہر رات مارا جاتا ہے اور وہ گھنٹوں روتا ہے۔ رپورٹ ${i}`
        : `The child next door is beaten every night and cries for hours. Report ${i} of the benchmark run.`,
  });
}
