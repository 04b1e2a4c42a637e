// AES-256-GCM for reporter free text. Each ciphertext names the key that sealed it
// ("v1.<keyId>.<base64(iv | ciphertext | tag)>") so keys can be rotated without a flag day.
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createSecretKey,
  hkdfSync,
  type KeyObject,
  randomBytes,
} from 'node:crypto';

export interface Sealer {
  /** Id of the current key (first 8 hex digits of a hash of it): stored beside each ciphertext. */
  readonly keyId: string;
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
  /** True when `sealed` was made with an older key and should be re-sealed. */
  isStale(sealed: string): boolean;
  /** HMAC-SHA256 under a subkey of `key` for `purpose`; hex. Used for lookup indexes. */
  mac(purpose: string, value: string): string;
  /** The same MAC under every known key, current first: lookups made before a rotation still match. */
  macAll(purpose: string, value: string): string[];
  /** The same MAC under the key with this id (current or previous); null when no such key is known. */
  macUnder(keyId: string, purpose: string, value: string): string | null;
}

export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('hifazat-key-id\0').update(key).digest('hex').slice(0, 8);
}

// Subkeys are KeyObjects made once: given a raw Buffer, createHmac/createCipheriv re-import the key on every call.
function subkey(key: Buffer, purpose: string): KeyObject {
  return createSecretKey(Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `hifazat:${purpose}`, 32)));
}

export function createSealer(currentKeyB64: string, previousKeysB64: readonly string[] = []): Sealer {
  const decode = (b64: string) => {
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32) throw new Error('report keys must be 32 bytes');
    return key;
  };
  const current = decode(currentKeyB64);
  const keys = new Map<string, Buffer>();
  const keyId = keyIdOf(current);
  keys.set(keyId, current);
  for (const b64 of previousKeysB64) {
    const k = decode(b64);
    keys.set(keyIdOf(k), k);
  }
  const encKeys = new Map([...keys].map(([id, k]) => [id, subkey(k, 'seal')]));
  const macKeys = new Map<string, KeyObject>();
  const macKey = (id: string, purpose: string) => {
    const cacheKey = `${id}\0${purpose}`;
    let k = macKeys.get(cacheKey);
    if (!k) {
      k = subkey(keys.get(id)!, `mac:${purpose}`);
      macKeys.set(cacheKey, k);
    }
    return k;
  };

  return {
    keyId,
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKeys.get(keyId)!, iv);
      cipher.setAAD(Buffer.from(context));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `v1.${keyId}.${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64')}`;
    },
    open(sealed, context) {
      const [version, id, b64] = sealed.split('.');
      const key = id ? encKeys.get(id) : undefined;
      if (version !== 'v1' || !key || !b64) throw new Error(`cannot open ciphertext sealed with key ${id ?? '?'}`);
      const raw = Buffer.from(b64, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
    },
    isStale(sealed) {
      return !sealed.startsWith(`v1.${keyId}.`);
    },
    mac(purpose, value) {
      return createHmac('sha256', macKey(keyId, purpose)).update(value).digest('hex');
    },
    macAll(purpose, value) {
      return [...keys.keys()].map((id) => createHmac('sha256', macKey(id, purpose)).update(value).digest('hex'));
    },
    macUnder(id, purpose, value) {
      return keys.has(id) ? createHmac('sha256', macKey(id, purpose)).update(value).digest('hex') : null;
    },
  };
}

/** A fresh random key in the REPORT_KEY format. */
export function generateKey(): string {
  return randomBytes(32).toString('base64');
}
