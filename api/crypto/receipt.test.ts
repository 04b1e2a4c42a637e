import { describe, expect, it } from 'vitest';
import { checkReceipt, hashReceipt, isCurrentVerifier, newReceipt, receiptVerifier } from './receipt.ts';
import { createSealer, generateKey } from './seal.ts';

const OLD = generateKey();
const NEW = generateKey();

describe('receipt verifiers', () => {
  it('a MAC verifier opens its report with the right receipt only, and names the key that made it', async () => {
    const sealer = createSealer(OLD);
    const receipt = newReceipt();
    const stored = receiptVerifier(sealer, 'CP-7KQ2-M9XD', receipt);
    expect(stored).toMatch(new RegExp(`^\\$hmac-sha256\\$k=${sealer.keyId}\\$[0-9a-f]{64}$`));
    expect(stored).not.toContain(receipt);
    expect(await checkReceipt(sealer, stored, 'CP-7KQ2-M9XD', receipt)).toBe(true);
    const wrong = receipt.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    expect(await checkReceipt(sealer, stored, 'CP-7KQ2-M9XD', wrong)).toBe(false);
    // bound to the reference: copied onto another report it opens nothing
    expect(await checkReceipt(sealer, stored, 'CP-7KQ2-M9XE', receipt)).toBe(false);
    // without the key nobody can check a guess: another key gives another verifier
    expect(receiptVerifier(createSealer(NEW), 'CP-7KQ2-M9XD', receipt)).not.toBe(stored);
  });

  it('still verifies after a rotation while the old key is listed, and never once it is dropped', async () => {
    const receipt = newReceipt();
    const stored = receiptVerifier(createSealer(OLD), 'CP-2222-3333', receipt);
    const rotated = createSealer(NEW, [OLD]);
    expect(await checkReceipt(rotated, stored, 'CP-2222-3333', receipt)).toBe(true);
    expect(isCurrentVerifier(rotated, stored)).toBe(false);
    expect(isCurrentVerifier(rotated, receiptVerifier(rotated, 'CP-2222-3333', receipt))).toBe(true);
    expect(await checkReceipt(createSealer(NEW), stored, 'CP-2222-3333', receipt)).toBe(false);
  });

  it('rows made before MAC verifiers (argon2id) still verify', async () => {
    const sealer = createSealer(NEW, [OLD]);
    const receipt = newReceipt();
    const stored = await hashReceipt(receipt);
    expect(stored.startsWith('$argon2id$')).toBe(true);
    expect(await checkReceipt(sealer, stored, 'CP-ANY1-REF2', receipt)).toBe(true);
    expect(await checkReceipt(sealer, stored, 'CP-ANY1-REF2', '0000000000000000')).toBe(false);
    expect(isCurrentVerifier(sealer, stored)).toBe(false);
  });

  it('rejects what is no verifier at all', async () => {
    const sealer = createSealer(OLD);
    for (const stored of [
      '',
      'x',
      '$hmac-sha256$k=',
      `$hmac-sha256$k=${sealer.keyId}$`,
      `$hmac-sha256$k=${sealer.keyId}$zz`,
      '$hmac-sha256$k=$00',
    ])
      expect(await checkReceipt(sealer, stored, 'CP-2222-3333', '1234567812345678')).toBe(false);
  });
});
