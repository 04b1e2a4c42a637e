import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const run = promisify(execFile);

describe('loadConfig', () => {
  it('has working defaults for a development machine', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4321);
    expect(c.DATABASE_URL).toBe('file:data/portal.db');
    expect(c.REPORT_RATE_LIMIT).toEqual({ max: 5, windowMs: 600_000 });
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ REPORT_KEY: 'c2hvcnQ=' })).toThrow(/^Invalid REPORT_KEY/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/^Invalid DATABASE_URL/);
    expect(() => loadConfig({ REPORT_RATE_LIMIT: 'lots' })).toThrow(/^Invalid REPORT_RATE_LIMIT/);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^Invalid PORT/);
  });

  it('reads TRUST_PROXY and the group-commit window, and names them when wrong', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toEqual({ hops: 1 });
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1,10.0.0.0/8' }).TRUST_PROXY).toEqual({ addresses: ['127.0.0.1', '10.0.0.0/8'] });
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/^Invalid TRUST_PROXY/);
    expect(loadConfig({}).INTAKE_GROUP_COMMIT_MS).toBe(2);
    expect(() => loadConfig({ INTAKE_GROUP_COMMIT_MS: '-1' })).toThrow(/^Invalid INTAKE_GROUP_COMMIT_MS/);
  });

  it('reads the service statement, honest by default, and names SERVICE_STATEMENT_FILE when it is wrong', () => {
    const statement = loadConfig({}).SERVICE_STATEMENT_FILE;
    expect(statement.readers).toBeNull();
    expect(statement.confirmedOn).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'service-'));
    const file = join(dir, 'service.json');
    expect(() => loadConfig({ SERVICE_STATEMENT_FILE: join(dir, 'missing.json') })).toThrow(/^Invalid SERVICE_STATEMENT_FILE: cannot read/);
    // Readers without hours or the date they confirmed: refused, so no page promises a reading nobody agreed to.
    const readers = { en: 'Duty officers', ur: 'ڈیوٹی افسر', ps: 'د ډيوټۍ افسران' };
    writeFileSync(file, JSON.stringify({ operator: null, readers, hours: null, outOfHours: null, confirmedOn: null }));
    expect(() => loadConfig({ SERVICE_STATEMENT_FILE: file })).toThrow(/^Invalid SERVICE_STATEMENT_FILE: .*set together/);
    const when = { en: 'Monday to Saturday, 9 am to 5 pm', ur: 'پیر سے ہفتہ، صبح 9 سے شام 5', ps: 'له دوشنبې تر شنبې، سهار 9 نه ماښام 5' };
    const night = { en: 'nobody reads; call 15', ur: 'کوئی نہیں پڑھتا؛ 15 پر فون کریں', ps: 'هيڅوک يې نه لولي؛ 15 ته زنګ ووهئ' };
    writeFileSync(file, JSON.stringify({ operator: null, readers, hours: when, outOfHours: night, confirmedOn: '2026-12-01' }));
    expect(loadConfig({ SERVICE_STATEMENT_FILE: file }).SERVICE_STATEMENT_FILE.readers?.en).toBe('Duty officers');
    // A language missing from a text is refused: every page in every language renders it.
    writeFileSync(file, JSON.stringify({ operator: { en: 'A trust' }, readers: null, hours: null, outOfHours: null, confirmedOn: null }));
    expect(() => loadConfig({ SERVICE_STATEMENT_FILE: file })).toThrow(/^Invalid SERVICE_STATEMENT_FILE: .*operator/);
  });

  it('requires REPORT_KEY in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
  });
});

describe('server start-up with bad settings', () => {
  const start = (env: Record<string, string>) =>
    run(process.execPath, ['api/server.ts'], { env: { ...process.env, ...env, PORT: '0' }, timeout: 20_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (err: { code: number; stderr: string }) => ({ code: err.code, stderr: err.stderr }),
    );

  it('exits with one clear line for a malformed REPORT_KEY', async () => {
    const r = await start({ REPORT_KEY: 'not-base64!' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^hifazat: Invalid REPORT_KEY: /)]);
  });

  it('exits with one clear line for a database it cannot open', async () => {
    const r = await start({ DATABASE_URL: 'file:/etc/hostname/portal.db', REPORT_KEY: 'dGVzdC1rZXktZm9yLWUyZS10ZXN0cy1vbmx5LTMyYnk=' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^hifazat: Invalid DATABASE_URL: /)]);
  });
});
