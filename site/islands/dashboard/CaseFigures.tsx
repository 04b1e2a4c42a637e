// The case after intake on the dashboard (issue #24): open cases per stage (a chart and its table), the steps past
// their deadline per unit (each step's deadline follows the case's risk level), and the time from report to plan.
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../domain/languages.ts';
import { CASE_STAGES, REVIEW_INTERVAL_DAYS, RISK_LEVELS, STEP_DEADLINE_DAYS } from '../../../domain/vocabulary.ts';
import type { DashboardFigures } from '../api/types.ts';
import { BarFigure } from './Charts.tsx';
import { MediansSection } from './Tables.tsx';

const OPEN_STAGES = CASE_STAGES.filter((s) => s !== 'closed');
const STEPS = ['assessmentsOverdue', 'plansOverdue', 'reviewsOverdue'] as const;
// The deadlines the note names, from the vocabulary: the shortest and longest per step across the risk levels.
const span = (k: 'assessment' | 'plan') => RISK_LEVELS.map((l) => STEP_DEADLINE_DAYS[l][k]);
const NOTE = {
  assessFrom: Math.min(...span('assessment')),
  assessTo: Math.max(...span('assessment')),
  planFrom: Math.min(...span('plan')),
  planTo: Math.max(...span('plan')),
  high: REVIEW_INTERVAL_DAYS.high,
  other: REVIEW_INTERVAL_DAYS.medium,
};

export function CaseFigures({ cases, locale, nf }: { cases: DashboardFigures['cases']; locale: Lang; nf: Intl.NumberFormat }) {
  const { t } = useTranslation(['dashboard', 'staff']);
  const perStage = new Map(cases.perStage.map((s) => [s.stage, s.count]));
  const open = cases.perStage.reduce((n, s) => n + s.count, 0);
  return (
    <>
      <BarFigure
        id="cases-per-stage"
        title={t('chart.casesPerStage')}
        labelHeading={t('staff:stage.label')}
        valueHeading={t('col.cases')}
        format={(n) => nf.format(n)}
        empty={t('chart.empty')}
        rows={open === 0 ? [] : OPEN_STAGES.map((s) => ({ key: s, label: t(`staff:stage.${s}`), value: perStage.get(s) ?? 0 }))}
      />
      <section className="app-chart" aria-labelledby="chart-steps-overdue" data-chart="steps-overdue">
        <h2 id="chart-steps-overdue">{t('chart.stepsOverdue')}</h2>
        <p>{t('chart.stepsOverdueNote', NOTE)}</p>
        {cases.perUnit.length === 0 ? (
          <p>{t('chart.empty')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('col.unit')}</th>
                <th scope="col">{t('col.openCases')}</th>
                {STEPS.map((k) => (
                  <th key={k} scope="col">
                    {t(`col.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {cases.perUnit.map((u) => (
                <tr key={u.queueId} data-key={u.queueId}>
                  <th scope="row">{u.name?.[locale] ?? <bdi dir="ltr">{u.queueId}</bdi>}</th>
                  <td>{nf.format(Object.values(u.stages).reduce((n, c) => n + c, 0))}</td>
                  {STEPS.map((k) => (
                    <td key={k} className={u[k] > 0 ? 'app-staff__overdue' : undefined}>
                      {nf.format(u[k])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <MediansSection id="toPlan" medians={{ toPlan: cases.toPlan }} nf={nf} />
    </>
  );
}
