// npm run keys:rotate: re-encrypt every sealed column under REPORT_KEY, opening old values with the keys
// in REPORT_KEY_PREVIOUS. Safe to run again; prints what it did and exits 1 if anything could not be opened.
import { createDb } from '../../db/client.ts';
import { loadConfig } from '../config.ts';
import { receiptsByKey, rotateKeys } from '../crypto/rotate.ts';
import { createSealer } from '../crypto/seal.ts';

const config = loadConfig(process.env);
if (!config.REPORT_KEY) {
  process.stderr.write('keys:rotate: set REPORT_KEY to the new key and REPORT_KEY_PREVIOUS to the old one(s)\n');
  process.exit(2);
}
const sealer = createSealer(config.REPORT_KEY, config.REPORT_KEY_PREVIOUS);
const { client, close } = await createDb(config.DATABASE_URL, config.DATABASE_AUTH_TOKEN);
const result = await rotateKeys(client, sealer);
const receipts = await receiptsByKey(client, sealer);
close();
let failed = 0;
for (const name of Object.keys(result.resealed)) {
  failed += result.failed[name]!;
  process.stdout.write(
    `${name}: ${result.resealed[name]} re-encrypted, ${result.current[name]} already current, ${result.failed[name]} could not be opened\n`,
  );
}
process.stdout.write(
  `reports.receipt_hash: ${receipts.current} under the current key, ${receipts.older} under older keys, ${receipts.argon2id} argon2id (made before MAC verifiers)\n`,
);
process.stdout.write(
  `Current key id: ${sealer.keyId}. Receipt indexes and verifiers move to the new key when each reporter next looks up their report: keep the old key in REPORT_KEY_PREVIOUS while reports made under it are open.\n`,
);
process.exit(failed ? 1 : 0);
