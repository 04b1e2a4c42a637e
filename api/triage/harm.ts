// Whether a report's text shows harm, read from the reasons triage stored with it: a harm concept (concepts.yaml,
// `concept:*`), the learned signal's raise (`model:*`), or a text rule of rules.yaml that calls for P1 or P2. Such a
// report that triage did not make P1 is alerted at once with the short screening deadline (HARM_SCREENING_MINUTES).
import { HARM_SCREENING_MINUTES } from '../../domain/vocabulary.ts';
import type { CompiledRules } from './rules.ts';
import { rulesOrDefault } from './triage.ts';

/** Reason id prefixes that are a harm reading of the text by themselves. */
export const HARM_REASON_PREFIXES = ['concept:', 'model:'] as const;

/** The ids of rules.yaml's text signals that name a harm urgent or worse (P1/P2): `beating` (P3) is not one. */
export function harmSignalIds(rules?: CompiledRules): string[] {
  return rulesOrDefault(rules)
    .signals.filter((s) => s.priority === 'P1' || s.priority === 'P2')
    .map((s) => s.id);
}

let ids: Set<string> | undefined;
/** True when the reasons show harm (see the header); form-only reasons (a category, an age band) never do. */
export function showsHarm(reasons: readonly { id: string }[], rules?: CompiledRules): boolean {
  if (!rules) ids ??= new Set(harmSignalIds());
  const signals = rules ? new Set(harmSignalIds(rules)) : ids!;
  return reasons.some((r) => HARM_REASON_PREFIXES.some((p) => r.id.startsWith(p)) || signals.has(r.id));
}

/**
 * When a person should have screened the report: HARM_SCREENING_MINUTES after arrival when its text shows harm and it
 * is not P1 (it is alerted at once), otherwise the configured screening deadline (`otherMs`). Null once screened.
 */
export function screeningDeadline(
  r: { priority: string; triageReasons: string; createdAt: number; screenedAt: number | null; status: string },
  otherMs: number,
): { screeningDueAt: string | null; screeningMinutes: number; harmAlert: boolean } {
  const harmAlert = r.priority !== 'P1' && showsHarm(JSON.parse(r.triageReasons) as { id: string }[]);
  const ms = harmAlert ? HARM_SCREENING_MINUTES * 60_000 : otherMs;
  const waiting = r.screenedAt === null && r.status !== 'closed';
  return { screeningDueAt: waiting ? new Date(r.createdAt + ms).toISOString() : null, screeningMinutes: ms / 60_000, harmAlert };
}
