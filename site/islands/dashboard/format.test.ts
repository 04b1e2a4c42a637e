import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { numberFormat } from '../../../domain/format.ts';
import { resources } from '../../../locales/index.ts';
import { createIslandI18n } from '../island-i18n.ts';
import { dayLabel, duration } from './format.ts';

const t = createIslandI18n('en', { dashboard: resources.en.dashboard }).getFixedT('en', 'dashboard') as unknown as TFunction;
const nf = numberFormat('en');
const MIN = 60_000;

describe('duration', () => {
  it('says there is no figure when nothing was measured', () => {
    expect(duration(null, t, nf)).toBe(resources.en.dashboard.median.none);
  });

  it('counts minutes under an hour, hours under two days, then days', () => {
    expect(duration(1 * MIN, t, nf)).toBe('1 minute');
    expect(duration(42 * MIN + 20_000, t, nf)).toBe('42 minutes');
    expect(duration(90 * MIN, t, nf)).toBe('1.5 hours');
    expect(duration(47 * 60 * MIN, t, nf)).toBe('47 hours');
    expect(duration(3.25 * 1440 * MIN, t, nf)).toBe('3.3 days');
  });
});

describe('dayLabel', () => {
  it('writes the calendar day the API sent, whatever the zone', () => {
    expect(dayLabel('2026-03-05', 'en')).toMatch(/^5 Mar 2026$/);
  });
});
