import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatLongDate } from '../../../../domain/format.ts';
import type { Lang } from '../../../../domain/languages.ts';
import type { FullReport } from '../../api/types.ts';

/** What the case record holds so far: the assessment, the plan and its goals, reviews, court productions, consents.
 *  Staff wrote these texts; they are shown as text, in their own direction. */
export function CaseRecord({ report: r, locale, deskName }: { report: FullReport; locale: Lang; deskName: (id: string) => string }) {
  const { t } = useTranslation('staff');
  const c = r.case;
  const by = (e: { at: string; recordedBy: string | null }) => (
    <span className="app-staff__meta">
      {' '}
      ({formatDateTime(e.at, locale)}
      {e.recordedBy && (
        <>
          , <bdi dir="ltr">{e.recordedBy}</bdi>
        </>
      )}
      )
    </span>
  );
  const services = (xs: string[]) =>
    xs.length ? xs.map((s) => t(`service.${s}`)).join(t('casePanel.listSeparator')) : t('casePanel.none');
  return (
    <div className="app-staff__case-record">
      {c.assessment && (
        <div data-testid="case-assessment">
          <h3>
            {t('casePanel.assessment')}
            {by(c.assessment)}
          </h3>
          <p>
            {t(`riskLevel.${c.assessment.riskLevel}`)}. {t('casePanel.needs')}: {services(c.assessment.needs)}
          </p>
          {c.assessment.summary && <p dir="auto">{c.assessment.summary}</p>}
          {c.assessment.immediateSafety && (
            <p>
              {t('casePanel.immediateSafety')}: <span dir="auto">{c.assessment.immediateSafety}</span>
            </p>
          )}
        </div>
      )}
      {c.plan && (
        <div data-testid="case-plan" data-counts={c.plan.counts}>
          <h3>
            {t('casePanel.plan')}
            {by(c.plan)}
          </h3>
          <ol>
            {c.plan.goals.map((g, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a plan's goals are a fixed list in the order written.
              <li key={i}>
                <span dir="auto">{g.text}</span>
                {g.service && <> · {t(`service.${g.service}`)}</>}
                {g.desk && <> · {deskName(g.desk)}</>} · {t('casePanel.goalDueOn', { date: formatLongDate(g.due, locale) })}
              </li>
            ))}
          </ol>
          {c.plan.approvedBy && c.plan.approvedAt && (
            <p>
              {t('casePanel.approvedBy', { date: formatDateTime(c.plan.approvedAt, locale) })} <bdi dir="ltr">{c.plan.approvedBy}</bdi>
            </p>
          )}
        </div>
      )}
      <Entries title={t('casePanel.reviews')} testId="case-reviews">
        {c.reviews.map((v) => (
          <li key={v.at} data-outcome={v.outcome}>
            {t(`reviewOutcome.${v.outcome}`)}
            {by(v)}: <span dir="auto">{v.note}</span> {t('casePanel.nextOn', { date: formatLongDate(v.nextReviewBy, locale) })}
          </li>
        ))}
      </Entries>
      <Entries title={t('casePanel.court')} testId="case-court">
        {c.court.map((v) => (
          <li key={v.at}>
            {t('casePanel.producedOn', { date: formatLongDate(v.date, locale) })}
            {by(v)}: {services(v.orders)}
            {v.note && (
              <>
                {' '}
                — <span dir="auto">{v.note}</span>
              </>
            )}
          </li>
        ))}
      </Entries>
      <Entries title={t('casePanel.consents')} testId="case-consents">
        {c.consents.map((v) => (
          <li key={v.at} data-given={v.given}>
            {t(`consentBy.${v.by}`)}: {v.given ? t('actions.consentYes') : t('actions.consentNo')} —{' '}
            {v.scope.map((s) => t(`consentScope.${s}`)).join(t('casePanel.listSeparator'))}
            {by(v)}
          </li>
        ))}
      </Entries>
    </div>
  );
}

function Entries({ title, testId, children }: { title: string; testId: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul data-testid={testId}>{children}</ul>
    </>
  );
}
