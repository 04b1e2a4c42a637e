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
  const ascii = input.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)).replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  const digits = ascii.replace(/[\s\-–—.]/g, '');
  return /^\d{16}$/.test(digits) ? digits : null;
}

export function formatReceipt(receipt: string): string {
  return receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
}

// Light argon2id parameters: the receipt already has 53 bits of entropy and its lookup index is a keyed
// HMAC, so this hash is defence in depth if both database and key leak, not the main barrier; heavier
// settings would cost every submission tens of milliseconds on a 2-core server.
const ARGON2_OPTIONS = { memoryCost: 8192, timeCost: 2, parallelism: 1 } as const;

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
