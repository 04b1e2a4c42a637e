// The answer types derived from the API's schemas are what the islands read. These checks run in `tsc --noEmit`
// (a derivation that silently became `never` would let any property through); vitest runs them as no-ops.

import { describe, expectTypeOf, it } from 'vitest';
import type { Lang } from '../../../domain/languages.ts';
import type { Capability, Priority, ReferralStatus, Role } from '../../../domain/vocabulary.ts';
import type { FormAction } from '../staff/report/ActionForm.tsx';
import type {
  Account,
  AccountOptions,
  AccountWithPassword,
  AlertEmail,
  AlertFigure,
  AssignableStaff,
  AuditEntry,
  AuditPage,
  DashboardFigures,
  Desk,
  DeskList,
  ErrorBody,
  FullReport,
  HistoryEvent,
  Locations,
  Me,
  OnDutyEntry,
  OnDutyList,
  Outbox,
  PartnerReferral,
  QueueRef,
  QueueRow,
  QueueStats,
  QueueSummary,
  RecoveryCodes,
  Referral,
  ReporterView,
  RestrictedReport,
  StaffAction,
  StaffReport,
  ThreadEntry,
  TotpSetup,
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
      reference: string | null;
      queueId: string;
      attempts: number;
      lastError: string | null;
    }>();
    expectTypeOf<Desk>().toMatchTypeOf<{
      id: string;
      service: string;
      district: string;
      name: Record<Lang, string>;
      confirmed: boolean;
    }>();
    expectTypeOf<DeskList['desk']>().toMatchTypeOf<{ id: string; name: Record<Lang, string>; confirmed: boolean } | null>();
    expectTypeOf<PartnerReferral>().toMatchTypeOf<{
      id: string;
      reference: string;
      note: string | null;
      dueAt: string | null;
      overdue: boolean;
    }>();
    expectTypeOf<ReporterView['messages'][number]>().toEqualTypeOf<{
      from: 'reporter' | 'staff';
      body: string;
      at: string;
      unit: Record<Lang, string> | null;
    }>();
    expectTypeOf<Locations['provinces'][number]['name']>().toEqualTypeOf<Record<Lang, string>>();
    expectTypeOf<Account>().toMatchTypeOf<{
      username: string;
      role: string;
      deskId: string | null;
      disabled: boolean;
      totpEnabled: boolean;
    }>();
    expectTypeOf<AccountWithPassword>().toEqualTypeOf<{ account: Account; temporaryPassword: string }>();
    expectTypeOf<AccountOptions['queues'][number]>().toEqualTypeOf<{
      id: string;
      provinceId: string | null;
      name: Record<Lang, string>;
    }>();
    expectTypeOf<DashboardFigures['perDay'][number]>().toEqualTypeOf<{ day: string; P1: number; P2: number; P3: number; P4: number }>();
    expectTypeOf<DashboardFigures['medians']['closure']>().toEqualTypeOf<{ n: number; medianMs: number | null }>();
    expectTypeOf<DashboardFigures['scope']['name']>().toEqualTypeOf<Record<Lang, string> | null>();
    expectTypeOf<ErrorBody['error']>().toEqualTypeOf<{ code: string; message: string; fields?: Record<string, string> }>();
  });

  it('describe the staff console: the account, queues, audit log, one report and its actions', () => {
    expectTypeOf<Me>().toMatchTypeOf<{
      username: string;
      role: Role;
      can: Record<Capability, boolean>;
      queueId: string | null;
      csrfToken: string;
      totpEnabled: boolean;
      mustChangePassword: boolean;
    }>();
    expectTypeOf<TotpSetup>().toMatchTypeOf<{ secret: string; qr: string }>();
    expectTypeOf<RecoveryCodes>().toEqualTypeOf<{ recoveryCodes: string[] }>();
    expectTypeOf<QueueSummary>().toMatchTypeOf<{
      id: string;
      name: Record<Lang, string>;
      open: Record<Priority, number>;
      overdue: number;
    }>();
    expectTypeOf<QueueRow>().toMatchTypeOf<{
      reference: string;
      priority: Priority;
      dueAt: string;
      assignedTo: string | null;
      possibleDuplicates: string[];
      waitingMinutes: number | null;
    }>();
    expectTypeOf<QueueRef>().toMatchTypeOf<{ id: string; name: Record<Lang, string> }>();
    expectTypeOf<AssignableStaff['staff'][number]>().toEqualTypeOf<{ username: string; role: Role }>();
    expectTypeOf<QueueStats>().toMatchTypeOf<{ queueId: string; p1Waiting: number; p1OnTimeRate: number | null }>();
    expectTypeOf<AuditEntry>().toMatchTypeOf<{ id: number; at: string; username: string | null; action: string; target: string | null }>();
    expectTypeOf<AuditPage['nextBefore']>().toEqualTypeOf<string | null>();
    expectTypeOf<StaffReport['access']>().toEqualTypeOf<'full' | 'restricted'>();
    expectTypeOf<RestrictedReport>().toEqualTypeOf<{
      reference: string;
      access: 'restricted';
      notes: ThreadEntry[];
      messages: ThreadEntry[];
    }>();
    expectTypeOf<FullReport['queue']>().toEqualTypeOf<{ id: string; name: Record<Lang, string> }>();
    expectTypeOf<FullReport['locale']>().toEqualTypeOf<Lang>();
    expectTypeOf<ThreadEntry>().toMatchTypeOf<{
      from: 'reporter' | 'staff' | 'note';
      body: string | null;
      at: string;
      by: string | null;
    }>();
    expectTypeOf<Referral>().toMatchTypeOf<{
      id: string;
      desk: string | null;
      status: ReferralStatus;
      dueAt: string | null;
      overdue: boolean;
    }>();
    expectTypeOf<HistoryEvent['data']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<Extract<StaffAction, { type: 'update_referral' }>['status']>().toEqualTypeOf<'accepted' | 'completed' | 'declined'>();
    expectTypeOf<Extract<StaffAction, { type: 'acknowledge' }>>().toEqualTypeOf<{ type: 'acknowledge' }>();
    // A form may send any value (the API judges it), but only the keys of its action.
    expectTypeOf<{ type: 'transfer'; queueId: string; reason: null }>().toMatchTypeOf<FormAction>();
    expectTypeOf<{ type: 'transfer'; queue: string; reason: string }>().not.toMatchTypeOf<FormAction>();
    expectTypeOf<{ type: 'transfers'; queueId: string; reason: string }>().not.toMatchTypeOf<FormAction>();
  });
});
