// Where one report's time goes, stage by stage, measured in this process one report at a time (no concurrency,
// so each figure is that stage's own cost): parse and validate, triage, fingerprint, queue, duplicate search,
// receipt index and verifier, sealing, commit. Printed by bench:intake beside the figures over HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newReceipt, newReference, receiptVerifier } from '../api/crypto/receipt.ts';
import { createSealer, generateKey } from '../api/crypto/seal.ts';
import { createCommitQueue } from '../api/report-core/commit-queue.ts';
import { createReport, SEAL_CONTEXT } from '../api/report-core/create.ts';
import { findQueue } from '../api/report-core/queries.ts';
import { ReportInput } from '../api/schemas.ts';
import { findPossibleDuplicates, fingerprint } from '../api/triage/fingerprint.ts';
import { applyRiskFloor } from '../api/triage/risks.ts';
import { DEADLINE_MS, triage } from '../api/triage/triage.ts';
import { createDb } from '../db/client.ts';
import { migrateDb } from '../db/migrate.ts';
import { seedReference } from '../db/seed.ts';
import { loadDirectory } from '../directory/routing.ts';
import { MAC_PURPOSES } from '../domain/vocabulary.ts';
import { intakePayload } from './intake-payload.ts';

export interface StageTimes {
  reports: number;
  /** Mean microseconds per report, by stage. */
  stages: [string, number][];
  /** Mean microseconds of one whole createReport (the stages together, as the route calls them). */
  createReportUs: number;
}

export async function measureStages(count: number): Promise<StageTimes> {
  const dir = mkdtempSync(join(tmpdir(), 'hifazat-stages-'));
  const handle = await createDb(`file:${join(dir, 'stages.db')}`);
  try {
    await migrateDb(handle.db);
    await seedReference(handle.db, loadDirectory());
    const db = handle.db;
    const sealer = createSealer(generateKey());
    const commitQueue = createCommitQueue(db, { windowMs: 0 });
    // Earlier reports to search, as in the HTTP run: every place and category has some recent ones.
    for (let i = 0; i < count; i++)
      await createReport({ db, sealer, commitQueue }, ReportInput.parse(JSON.parse(intakePayload(count + i))), false);
    const total = new Map<string, number>();
    const time = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
      const started = performance.now();
      const value = await run();
      total.set(stage, (total.get(stage) ?? 0) + (performance.now() - started) * 1000);
      return value;
    };
    for (let i = 0; i < count; i++) {
      const body = intakePayload(i);
      const input = await time('parse and validate (JSON, zod)', () => ReportInput.parse(JSON.parse(body)));
      const now = Date.now();
      await time('triage and risk floor', () => applyRiskFloor(triage(input, now), input.risks, now, DEADLINE_MS));
      const fp = await time('text fingerprint (keyed trigram MACs)', () =>
        fingerprint(input.description, (v) => sealer.mac(MAC_PURPOSES.trigram, v)),
      );
      await time('queue lookup', () => findQueue(db, input.location.province, input.location.district));
      const where = {
        provinceId: input.location.province,
        districtId: input.location.district,
        category: input.category,
        fingerprint: fp,
        now,
      };
      await time('duplicate search', () => findPossibleDuplicates(db, where));
      const receipt = newReceipt();
      const reference = await time('reference', () => newReference());
      await time('receipt index and verifier (HMAC)', () => {
        sealer.mac(MAC_PURPOSES.receiptIndex, receipt);
        receiptVerifier(sealer, reference, receipt);
      });
      await time('sealing (AES-GCM)', () => {
        sealer.seal(input.description, SEAL_CONTEXT.description);
        if (input.location.details) sealer.seal(input.location.details, SEAL_CONTEXT.details);
      });
    }
    const started = performance.now();
    for (let i = 0; i < count; i++)
      await createReport({ db, sealer, commitQueue }, ReportInput.parse(JSON.parse(intakePayload(2 * count + i))), false);
    const createReportUs = ((performance.now() - started) * 1000) / count;
    return { reports: count, stages: [...total].map(([k, v]) => [k, v / count]), createReportUs };
  } finally {
    handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printStages(s: StageTimes): void {
  console.log(`stages, one report at a time in-process (${s.reports} reports, mean µs each):`);
  for (const [stage, us] of s.stages) console.log(`  ${stage.padEnd(44)} ${us.toFixed(0).padStart(7)}`);
  console.log(`  ${'whole createReport incl. its commit'.padEnd(44)} ${s.createReportUs.toFixed(0).padStart(7)}`);
}
