import { describe, expect, it } from 'vitest';
import { createHub } from './hub.ts';

describe('hub', () => {
  it('knows whether anyone watches a queue, so intake counts a queue only for an open console', () => {
    const hub = createHub();
    const lahore = { id: 'cpu-lahore', provinceId: 'punjab' };
    const peshawar = { id: 'cpu-peshawar', provinceId: 'khyber-pakhtunkhwa' };
    expect(hub.watches(lahore)).toBe(false);
    const got: string[] = [];
    const leave = hub.add({ staffId: 1, role: 'officer', queueId: 'cpu-lahore', provinceId: 'punjab', send: (e) => got.push(e) });
    expect(hub.watches(lahore)).toBe(true);
    expect(hub.watches(peshawar)).toBe(false);
    hub.add({ staffId: 2, role: 'provincial', queueId: null, provinceId: 'khyber-pakhtunkhwa', send: () => undefined });
    expect(hub.watches(peshawar)).toBe(true);
    expect(hub.toQueue(lahore, 'counts', {})).toBe(1);
    leave();
    expect(hub.watches(lahore)).toBe(false);
    expect(got).toEqual(['counts']);
  });
});
