import { describe, expect, it } from 'vitest';
import type { StaffUser } from '../../db/schema.ts';
import { ApiError } from '../kernel/errors.ts';
import { dashboardScope, MAX_RANGE_DAYS, parseRange } from './filter.ts';

const at = (s: string) => Date.parse(`${s}+05:00`);
const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof ApiError ? { status: e.status, fields: e.fields } : e;
  }
  return null;
};

describe('parseRange', () => {
  it('defaults to the 30 Pakistan days ending today, by the Pakistan clock', () => {
    // 23:30 on 31 January in Pakistan is still 30 January in UTC: the range ends on the 31st.
    expect(parseRange({}, 'en', at('2026-01-31T23:30:00'))).toMatchObject({ fromDay: '2026-01-02', toDay: '2026-01-31' });
    expect(parseRange({ to: '2026-03-01' }, 'en')).toMatchObject({ fromDay: '2026-01-31', toDay: '2026-03-01' });
  });

  it('takes one day, and up to a leap year', () => {
    const one = parseRange({ from: '2026-01-07', to: '2026-01-07' }, 'en');
    expect(one.to - one.from).toBe(24 * 3600_000);
    expect(parseRange({ from: '2024-01-01', to: '2024-12-31' }, 'en').toDay).toBe('2024-12-31');
    expect(MAX_RANGE_DAYS).toBe(366);
  });

  it("refuses a range that ends before it starts, or is longer than a year, naming the field in the user's language", () => {
    expect(refused(() => parseRange({ from: '2026-01-09', to: '2026-01-01' }, 'ur'))).toEqual({
      status: 400,
      fields: { from: expect.stringContaining('تاریخ') },
    });
    expect(refused(() => parseRange({ from: '2024-01-01', to: '2026-01-01' }, 'en'))).toMatchObject({ status: 400 });
  });
});

describe('dashboardScope', () => {
  const user = (u: Partial<StaffUser>) => u as StaffUser;
  it('lets a supervisor with a unit and a provincial officer with a province in; refuses the rest', () => {
    expect(refused(() => dashboardScope(user({ role: 'supervisor', queueId: 'cpu-lahore' })))).toBeNull();
    expect(refused(() => dashboardScope(user({ role: 'provincial', provinceId: 'punjab' })))).toBeNull();
    expect(refused(() => dashboardScope(user({ role: 'supervisor', queueId: null })))).toMatchObject({ status: 403 });
    expect(refused(() => dashboardScope(user({ role: 'officer', queueId: 'cpu-lahore' })))).toMatchObject({ status: 403 });
    expect(refused(() => dashboardScope(user({ role: 'admin' })))).toMatchObject({ status: 403 });
  });
});
