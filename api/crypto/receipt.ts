// The reporter's secret receipt and the public case reference.
import { randomInt, timingSafeEqual } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { MAC_PURPOSES } from '../../domain/vocabulary.ts';
import type { Sealer } from './seal.ts';

/** 16 digits from the CSPRNG: about 53 bits, shown once, the only key to follow-up. */
export function newReceipt(): string {
  let digits = '';
  for (let i = 0; i < 16; i++) digits += String(randomInt(10));
  return digits;
}

/** Accepts what people type: spaces, dashes, Urdu/Arabic-Indic digits. Returns 16 ASCII digits or null. */
export function normalizeReceipt(input: string): string | null {
  const ascii = input
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const digits = ascii.replace(/[\s\-–—.]/g, '');
  return /^\d{16}$/.test(digits) ? digits : null;
}

export function formatReceipt(receipt: string): string {
  return receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
}

// How a receipt is checked once its row is found. The row is found by a keyed HMAC of the receipt (receipt_index,
// key outside the database): with the database alone nobody can search the 10^16 receipts offline, because every
// guess needs the key; with database and key an attacker searches that cheap index, which no verifier slows. So a
// slow hash here buys nothing and costs every lookup. New rows store a keyed MAC instead,
// under its own purpose and bound to the report's reference, so an index and verifier copied onto another row do not
// open it; it names the key that made it (`$hmac-sha256$k=<key id>$<hex>`, PHC-like), so it still verifies after a
// rotation and moves to the current key on the reporter's next lookup, with the index (api/report-core/follow-up.ts).
// Rows from before this change hold an argon2id hash (`$argon2id$…`), which still verifies as it always did.
const VERIFIER_PREFIX = '$hmac-sha256$k=';

const verifierInput = (reference: string, receipt: string) => `${reference}\0${receipt}`;

/** The receipt's verifier for the report `reference`, under the current key. */
export function receiptVerifier(sealer: Sealer, reference: string, receipt: string): string {
  return `${VERIFIER_PREFIX}${sealer.keyId}$${sealer.mac(MAC_PURPOSES.receiptVerifier, verifierInput(reference, receipt))}`;
}

/** True when `stored` is a MAC verifier under the current key (nothing to move on a successful lookup). */
export function isCurrentVerifier(sealer: Sealer, stored: string): boolean {
  return stored.startsWith(`${VERIFIER_PREFIX}${sealer.keyId}$`);
}

/**
 * Whether `receipt` opens the report `reference` whose stored verifier is `stored`: a keyed MAC compared in constant
 * time, or (rows made before MAC verifiers) argon2id. A verifier under a key no longer configured never matches.
 */
export async function checkReceipt(sealer: Sealer, stored: string, reference: string, receipt: string): Promise<boolean> {
  if (stored.startsWith('$argon2')) return verifyReceipt(stored, receipt);
  if (!stored.startsWith(VERIFIER_PREFIX)) return false;
  const rest = stored.slice(VERIFIER_PREFIX.length);
  const cut = rest.indexOf('$');
  if (cut <= 0) return false;
  const expected = Buffer.from(rest.slice(cut + 1), 'hex');
  const actual = Buffer.from(
    sealer.macUnder(rest.slice(0, cut), MAC_PURPOSES.receiptVerifier, verifierInput(reference, receipt)) ?? '',
    'hex',
  );
  // Lengths are public (always 32 bytes when the key is known); the bytes are compared in constant time.
  return expected.length === actual.length && actual.length > 0 && timingSafeEqual(expected, actual);
}

// The argon2id verifier of rows made before MAC verifiers (4 MiB, one pass); kept so those rows still open, and for
// the benches and tests that make such rows. Argon2 records its parameters in the hash.
const ARGON2_OPTIONS = { memoryCost: 4096, timeCost: 1, parallelism: 1 } as const;

export function hashReceipt(receipt: string): Promise<string> {
  return hash(receipt, ARGON2_OPTIONS);
}

export function verifyReceipt(hashed: string, receipt: string): Promise<boolean> {
  return verify(hashed, receipt).catch(() => false);
}

// No 0/O, 1/I/L or U: easy to read aloud over a phone line.
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Public case reference such as CP-7KQ2-M9XD: safe to say on the phone, useless without the receipt. */
export function newReference(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `CP-${s.slice(0, 4)}-${s.slice(4)}`;
}
