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
  const ur = i % 3 === 0;
  return JSON.stringify({
    locale: ur ? 'ur' : 'en',
    reporter: 'neighbour_or_community',
    category: CATEGORIES[i % CATEGORIES.length],
    immediateDanger: i % 17 === 0,
    child: { ageBand: '5-9', gender: i % 2 ? 'girl' : 'boy' },
    location: { province, district, details: 'Near the market' },
    description: ur
      ? `پڑوس میں ایک بچے کو ہر رات مارا جاتا ہے اور وہ گھنٹوں روتا ہے۔ رپورٹ ${i}`
      : `The child next door is beaten every night and cries for hours. Report ${i} of the benchmark run.`,
  });
}
