import { useTranslation } from 'react-i18next';
import type { FullReport, Me } from '../../api/types.ts';
import { type Act, ActionForm, TextField } from './ActionForm.tsx';
import { awaitingApproval } from './case-view.ts';

/** The unit's supervisor approves a high-risk plan or closure, or returns it with a reason (an internal note the
 *  officer reads; the API keeps no other "returned" state). Everyone else sees what awaits approval. */
export function ApprovalPanel({ me, report: r, act }: { me: Me; report: FullReport; act: Act }) {
  const { t } = useTranslation('staff');
  const waiting = awaitingApproval(r);
  if (waiting.length === 0) return null;
  if (!me.can.approveCases)
    return (
      <ul className="app-staff__awaiting" data-testid="awaiting-approval">
        {waiting.map((what) => (
          // A closure has no request of its own: the officer is told it needs approval, not that one is pending.
          <li key={what}>
            {what === 'plan' ? t('casePanel.awaiting', { what: t('approval.plan') }) : t('casePanel.closureNeedsApproval')}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="app-staff__actions" data-testid="approvals">
      {waiting.map((what) => (
        <div key={what}>
          <ActionForm
            id={`approve-${what}`}
            title={t(`casePanel.approve.${what}`)}
            submit={t('casePanel.approveSubmit')}
            act={act}
            build={() => ({ type: 'approve', what })}
          >
            <p>{t(`casePanel.approveHint.${what}`)}</p>
          </ActionForm>
          <ActionForm
            id={`return-${what}`}
            title={t(`casePanel.return.${what}`)}
            submit={t('casePanel.returnSubmit')}
            act={act}
            build={(d) => ({
              type: 'note',
              // Empty stays empty, so the API's "required" error lands on the field.
              body: String(d.get('body') ?? '').trim()
                ? t('casePanel.returnedNote', { what: t(`approval.${what}`), reason: d.get('body') })
                : '',
            })}
          >
            <TextField name="body" label={t('casePanel.returnReason')} hint={t('casePanel.returnHint')} multiline />
          </ActionForm>
        </div>
      ))}
    </div>
  );
}
