import { execFile } from 'node:child_process';
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
