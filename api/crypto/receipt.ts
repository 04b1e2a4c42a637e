// The reporter's secret receipt and the public case reference.
import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

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

// Light argon2id parameters (4 MiB, one pass). The row is found by a keyed HMAC of the receipt, so with the
// database alone an attacker must search 10^16 receipts through this hash (~0.9 ms each: about 250,000
// core-years); with database and key they would brute-force the cheap HMAC instead, which no setting here
// slows. Heavier settings bought nothing and were half of the intake CPU (bench/RESULTS.md: +43 % reports/s).
// Hashes made with earlier parameters still verify: argon2 records its parameters in the hash.
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
