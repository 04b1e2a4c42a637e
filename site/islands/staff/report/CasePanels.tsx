import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../domain/languages.ts';
import type { Desk, FullReport, Me } from '../../api/types.ts';
import type { Act } from './ActionForm.tsx';
import { ApprovalPanel } from './ApprovalPanel.tsx';
import { AssessForm } from './AssessForm.tsx';
import { CaseRecord } from './CaseRecord.tsx';
import { CaseSummary } from './CaseSummary.tsx';
import { ConsentForm } from './ConsentForm.tsx';
import { CourtForm } from './CourtForm.tsx';
import { PlanForm } from './PlanForm.tsx';
import { ReviewForm } from './ReviewForm.tsx';

/** The case after intake (inter-agency guidelines: assessment, plan, implementation, follow-up, closure): where it
 *  stands, what is recorded, and the steps this account may take now (GET /api/staff/me `can`). Closing is among the
 *  report's actions (CloseForm). */
export function CasePanels({
  me,
  report: r,
  desks,
  locale,
  deskName,
  act,
}: {
  me: Me;
  report: FullReport;
  desks: Desk[];
  locale: Lang;
  deskName: (id: string) => string;
  act: Act;
}) {
  const { t } = useTranslation('staff');
  const open = r.status !== 'closed';
  const works = open && me.can.workReports;
  return (
    <section aria-labelledby="case-heading" className="app-staff__case" data-testid="case" data-stage={r.case.stage}>
      <h2 id="case-heading">{t('casePanel.title')}</h2>
      <CaseSummary report={r} locale={locale} />
      {open && <ApprovalPanel me={me} report={r} act={act} />}
      <CaseRecord report={r} locale={locale} deskName={deskName} />
      {works && (
        <div className="app-staff__actions">
          <AssessForm act={act} />
          <ConsentForm act={act} />
          {/* A plan follows an assessment, a review follows a plan (the API refuses them out of order). */}
          {r.case.riskLevel !== null && <PlanForm desks={desks} locale={locale} act={act} />}
          {r.case.plan !== null && <ReviewForm act={act} />}
          <CourtForm act={act} />
        </div>
      )}
    </section>
  );
}
