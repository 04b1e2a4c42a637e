// The held-out part was frozen before the concept rules were written (tests/triage/README.md). Its figures mean
// something only while it stays exactly as frozen: editing a report, a label or adding one fails this test.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLabelled } from './labelled.ts';

const FROZEN: Record<string, string> = {
  'en.psv': '2762ead00326769b01d776d753ab5c41815f8e4bdc5a863295543617f6509630',
  'mx.psv': '5e1c68aa479dda46ea424771ad82f8a8d72ccd4721487d80ffa392d8da515987',
  'ps.psv': '8a470a6e6896110a6931f34f370ebbb92df31f448e0c5e4a04dcc01b4c0d3744',
  'ro.psv': '375d52338caae1b987400ded136105b9c8d12f8158d30674c573777ec1c852c9',
  'rp.psv': '624532d4fe17bd4beed44b82cf97dfa45d45c217b194ec845b8415f0498015fe',
  'ur.psv': '9fcd24ec1868316cae98913eac87629b5610865f9a35a4ed777b0b623e7f1d00',
};
const dir = new URL('./heldout/', import.meta.url);

describe('held-out part (frozen 2026-11-26, commit b803834)', () => {
  it('holds exactly the frozen files, byte for byte', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(FROZEN).sort());
    for (const [file, sha] of Object.entries(FROZEN)) {
      expect(createHash('sha256').update(readFileSync(new URL(file, dir))).digest('hex'), file).toBe(sha);
    }
  });

  it('has at least 200 reports, no id shared with the development part', async () => {
    const held = loadLabelled('heldout');
    expect(held.length).toBeGreaterThanOrEqual(200);
    const { DEV_SETS } = await import('./labelled.ts');
    const devIds = new Set(DEV_SETS.flatMap((s) => loadLabelled(s).map((e) => e.id)));
    expect(held.filter((e) => devIds.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});
