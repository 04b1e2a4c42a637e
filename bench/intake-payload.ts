import { type Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
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

export interface PostOutcome {
  status: number;
  reference?: string;
  /** From `startedAt` (the send, or in the open loop its scheduled time) to the last byte of the answer. */
  latencyMs: number;
}

/** Posts one report to the real server; a refused connection answers status 0. */
export function postReport(agent: Agent, port: number, body: string, startedAt = performance.now()): Promise<PostOutcome> {
  return new Promise((done) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/reports',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d));
        res.on('end', () => {
          const latencyMs = performance.now() - startedAt;
          const reference = res.statusCode === 201 ? (JSON.parse(text) as { reference: string }).reference : undefined;
          done({ status: res.statusCode ?? 0, reference, latencyMs });
        });
      },
    );
    req.on('error', () => done({ status: 0, latencyMs: performance.now() - startedAt }));
    req.end(body);
  });
}
