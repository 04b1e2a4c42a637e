// The answer types derived from the API's schemas are what the islands read. These checks run in `tsc --noEmit`
// (a derivation that silently became `never` would let any property through); vitest runs them as no-ops.
import { describe, expectTypeOf, it } from 'vitest';
import type { Locale } from '../../../locales/index.ts';
import type {
  Account,
  AccountOptions,
  AccountWithPassword,
  AlertEmail,
  AlertFigure,
  DashboardFigures,
  Desk,
  DeskList,
  ErrorBody,
  Locations,
  OnDutyEntry,
  OnDutyList,
  Outbox,
  PartnerReferral,
  ReporterView,
} from './types.ts';

describe('answer types derived from the API', () => {
  it('are the shapes the islands read, not never', () => {
    expectTypeOf<OnDutyList>().not.toBeNever();
    expectTypeOf<OnDutyEntry>().toEqualTypeOf<{ username: string; days: number[]; start: string; end: string }>();
    expectTypeOf<OnDutyList['staff'][number]>().toMatchTypeOf<{ username: string; hasAlertEmail: boolean }>();
    expectTypeOf<AlertEmail>().toEqualTypeOf<{ username: string; email: string | null }>();
    expectTypeOf<AlertFigure>().toMatchTypeOf<{ priority: string; alerts: number; medianAckMinutes: number | null; escalated: number }>();
    expectTypeOf<Outbox['failing'][number]>().toMatchTypeOf<{
      id: number;
      reference: string;
      attempts: number;
      lastError: string | null;
    }>();
    expectTypeOf<Desk>().toMatchTypeOf<{
      id: string;
      service: string;
      district: string;
      name: Record<Locale, string>;
      confirmed: boolean;
    }>();
    expectTypeOf<DeskList['desk']>().toMatchTypeOf<{ id: string; name: Record<Locale, string>; confirmed: boolean } | null>();
    expectTypeOf<PartnerReferral>().toMatchTypeOf<{
      id: string;
      reference: string;
      note: string | null;
      dueAt: string | null;
      overdue: boolean;
    }>();
    expectTypeOf<ReporterView['messages'][number]>().toEqualTypeOf<{ from: 'reporter' | 'staff'; body: string; at: string }>();
    expectTypeOf<Locations['provinces'][number]['name']>().toEqualTypeOf<Record<Locale, string>>();
    expectTypeOf<Account>().toMatchTypeOf<{ username: string; role: string; deskId: string | null; disabled: boolean; locked: boolean }>();
    expectTypeOf<AccountWithPassword>().toEqualTypeOf<{ account: Account; temporaryPassword: string }>();
    expectTypeOf<AccountOptions['queues'][number]>().toEqualTypeOf<{
      id: string;
      provinceId: string | null;
      name: Record<Locale, string>;
    }>();
    expectTypeOf<DashboardFigures['perDay'][number]>().toEqualTypeOf<{ day: string; P1: number; P2: number; P3: number; P4: number }>();
    expectTypeOf<DashboardFigures['medians']['closure']>().toEqualTypeOf<{ n: number; medianMs: number | null }>();
    expectTypeOf<DashboardFigures['scope']['name']>().toEqualTypeOf<Record<Locale, string> | null>();
    expectTypeOf<ErrorBody['error']>().toEqualTypeOf<{ code: string; message: string; fields?: Record<string, string> }>();
  });
});
