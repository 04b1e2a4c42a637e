// Possible duplicates without decrypting anything: a report's text is kept only encrypted, so triage stores a
// keyed fingerprint of it — the HMAC (api/crypto/seal.ts mac('trigram', …)) of each character trigram of the
// normalised text, truncated to 8 hex digits — and compares fingerprints by Jaccard similarity.
import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { reports } from '../../db/schema.ts';
import { normalise } from './normalise.ts';

/** Reports this similar or more are offered to staff as possible duplicates. Chosen from the labelled sets
 *  (bench:triage prints the figures): the six marked re-tellings of one incident scored 0.44–0.68; the most
 *  similar pair of different incidents among all 257 reports (32,000 pairs, any language, any district) scored
 *  0.39. 0.42 sits between them; the margin is thin, so it is a hint for staff, never an automatic merge. */
export const DUPLICATE_THRESHOLD = 0.42;
export const DUPLICATE_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;
/** At most this many references are stored per report (most similar first). */
export const MAX_DUPLICATES = 5;
/** Compared against at most this many recent reports: duplicates come soon after the first report, and the
 *  cost of every submission must not grow with a district's backlog. */
export const MAX_CANDIDATES = 100;

/** Character trigrams of the normalised text (spaces kept, so word starts and ends count). */
export function trigrams(text: string): Set<string> {
  const t = ` ${normalise(text)} `;
  const out = new Set<string>();
  const chars = [...t];
  for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  return out;
}

/** Sorted, de-duplicated keyed hashes of the text's trigrams. `mac` is the sealer's mac bound to 'trigram'. */
export function fingerprint(text: string, mac: (value: string) => string): string[] {
  return [...new Set([...trigrams(text)].map((g) => mac(g).slice(0, 8)))].sort();
}

export function jaccard(a: readonly string[] | Set<string>, b: readonly string[] | Set<string>): number {
  const A = a instanceof Set ? a : new Set(a);
  const B = b instanceof Set ? b : new Set(b);
  if (A.size === 0 && B.size === 0) return 0;
  let inter = 0;
  for (const x of A) if (B.has(x)) inter++;
  return inter / (A.size + B.size - inter);
}

/**
 * References of open reports in the same province, district and category from the last 14 days whose
 * fingerprint is at least DUPLICATE_THRESHOLD similar, most similar first.
 */
/**
 * A fingerprint as sorted, distinct 32-bit numbers (its 8-hex-digit hashes), so two are compared by one merge of two
 * short integer arrays instead of a string-hashing Set lookup per trigram (a hundred comparisons per new report).
 * Null for anything fingerprint() does not make.
 */
export function packFingerprint(fp: readonly unknown[]): Uint32Array | null {
  const out = new Uint32Array(fp.length);
  for (let i = 0; i < fp.length; i++) {
    const h = fp[i];
    if (typeof h !== 'string' || !/^[0-9a-f]{8}$/.test(h)) return null;
    out[i] = Number.parseInt(h, 16);
  }
  out.sort();
  let n = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[i - 1]) out[n++] = out[i]!;
  return out.subarray(0, n);
}

/** jaccard() of two packed fingerprints. */
export function jaccardPacked(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let inter = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      inter++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return inter / (a.length + b.length - inter);
}

// Parsed fingerprints of recent reports, by reference: a fingerprint never changes once stored, so each is parsed once.
// Only keyed hashes live here (never text), and the map is bounded (oldest entries dropped first).
const FINGERPRINT_CACHE_MAX = 20_000;
const parsedFingerprints = new Map<string, Uint32Array | null>();

function parseFingerprint(fp: string | null): Uint32Array | null {
  if (!fp) return null;
  try {
    const value: unknown = JSON.parse(fp);
    return Array.isArray(value) ? packFingerprint(value) : null;
  } catch {
    return null;
  }
}

// Fixed text, run straight on libSQL (one per report: a query builder per report was measurable). It reads the
// covering index (district, category, created, province, status, reference) of migration 0012, and answers one row
// (the references joined, newest first) rather than up to a hundred: each row returned is a native call and an
// object, and at 100 candidates the joined form took 80–96 µs against 170–191 µs. References never hold a comma.
const RECENT_CANDIDATES = `SELECT group_concat("reference", ',' ORDER BY "created_at" DESC) FROM (
  SELECT "reference", "created_at" FROM "reports"
  WHERE "province_id" = ? AND "district_id" = ? AND "category" = ? AND "status" <> 'closed' AND "created_at" >= ?
  ORDER BY "created_at" DESC LIMIT ?)`;

export async function findPossibleDuplicates(
  db: Db,
  where: { provinceId: string; districtId: string; category: string; fingerprint: readonly string[]; now: number },
): Promise<string[]> {
  const joined = (
    await db.$client.execute({
      sql: RECENT_CANDIDATES,
      args: [where.provinceId, where.districtId, where.category, where.now - DUPLICATE_WINDOW_MS, MAX_CANDIDATES],
    })
  ).rows[0]?.[0];
  const recent = typeof joined === 'string' && joined ? joined.split(',').map((reference) => ({ reference })) : [];
  const missing = recent.map((r) => r.reference).filter((ref) => !parsedFingerprints.has(ref));
  if (missing.length > 0) {
    const rows = await db
      .select({ reference: reports.reference, fp: reports.textFingerprint })
      .from(reports)
      .where(inArray(reports.reference, missing));
    for (const row of rows) parsedFingerprints.set(row.reference, parseFingerprint(row.fp));
    while (parsedFingerprints.size > FINGERPRINT_CACHE_MAX) parsedFingerprints.delete(parsedFingerprints.keys().next().value!);
  }
  const mine = packFingerprint(where.fingerprint) ?? new Uint32Array(0);
  const scored: { reference: string; score: number }[] = [];
  for (const { reference } of recent) {
    const theirs = parsedFingerprints.get(reference);
    if (!theirs) continue;
    const score = jaccardPacked(mine, theirs);
    if (score >= DUPLICATE_THRESHOLD) scored.push({ reference, score });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_DUPLICATES)
    .map((s) => s.reference);
}

/**
 * Keeps the fingerprint of a report this process has just committed: the next reports in its place and category
 * find it among their candidates, and would otherwise each read it back (one query per report under load).
 */
export function rememberFingerprint(reference: string, fp: readonly string[]): void {
  parsedFingerprints.set(reference, packFingerprint(fp));
  while (parsedFingerprints.size > FINGERPRINT_CACHE_MAX) parsedFingerprints.delete(parsedFingerprints.keys().next().value!);
}

/** Forgets cached fingerprints (retention erases them; a test may reuse references). */
export function forgetFingerprints(references?: readonly string[]): void {
  if (!references) parsedFingerprints.clear();
  else for (const r of references) parsedFingerprints.delete(r);
}
