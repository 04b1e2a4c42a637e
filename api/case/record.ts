// The case record's rules, pure (record.test.ts): what consent covers a referral, which plan counts, whether a closure
// is approved, the latest review date a risk level allows, and which stage a reopened case returns to.
import type { CaseEntry } from '../../db/schema.ts';
import { type CaseStage, type ConsentScope, consentScopesFor, type RiskLevel, type Service } from '../../domain/vocabulary.ts';

type Entry = Pick<CaseEntry, 'kind' | 'at' | 'data' | 'approvedAt'>;
const dataOf = <T>(e: Entry) => JSON.parse(e.data) as T;
const byTime = (a: Entry, b: Entry) => a.at - b.at;

/**
 * A referral to `service` may share the child's information when a court ordered that service, or when, for every scope
 * it needs (domain/vocabulary.ts consentScopesFor), the latest consent recorded for that scope was given.
 */
export function consentCovers(entries: readonly Entry[], service: Service): boolean {
  const sorted = [...entries].sort(byTime);
  if (sorted.some((e) => e.kind === 'court' && dataOf<{ orders: string[] }>(e).orders.includes(service))) return true;
  return consentScopesFor(service).every((scope) => latestConsent(sorted, scope) === true);
}

function latestConsent(sorted: readonly Entry[], scope: ConsentScope): boolean | null {
  let given: boolean | null = null;
  for (const e of sorted) {
    if (e.kind !== 'consent') continue;
    const d = dataOf<{ given: boolean; scope: string[] }>(e);
    if (d.scope.includes(scope)) given = d.given;
  }
  return given;
}

/** The latest plan, and whether it counts (a high-risk plan only once the supervisor approved it). */
export function latestPlan<E extends Entry>(entries: readonly E[], riskLevel: RiskLevel | null): { entry: E; counts: boolean } | null {
  const plans = entries.filter((e) => e.kind === 'plan').sort(byTime);
  const entry = plans.at(-1);
  if (!entry) return null;
  return { entry, counts: riskLevel !== 'high' || entry.approvedAt !== null };
}

/** A closure approved by the supervisor since the case was last closed (each closure needs its own approval). */
export function closureApproved(entries: readonly Entry[], lastClosedAt: number | null): boolean {
  return entries.some((e) => e.kind === 'approve' && dataOf<{ what: string }>(e).what === 'closure' && e.at > (lastClosedAt ?? -1));
}

export { addDays, latestReviewDay } from '../../domain/case-cycle.ts';

/** The stage a case is at from its steps (a reopened case goes back to the last step it had reached). */
export function stageFromEntries(entries: readonly Entry[], riskLevel: RiskLevel | null): CaseStage {
  if (entries.some((e) => e.kind === 'review')) return 'follow_up';
  const plan = latestPlan(entries, riskLevel);
  if (plan) return plan.counts ? 'implementation' : 'planning';
  if (entries.some((e) => e.kind === 'assess')) return 'assessment';
  return 'intake';
}
