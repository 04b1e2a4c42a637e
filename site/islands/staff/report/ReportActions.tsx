import { useTranslation } from 'react-i18next';
import { PRIORITIES } from '../../../../domain/vocabulary.ts';
import type { Api } from '../../api/client.ts';
import type { Desk, FullReport, Me } from '../../api/types.ts';
import { type Act, ActionForm, SelectField, TextField } from './ActionForm.tsx';
import { AssignForm, TransferForm } from './AssignForm.tsx';
import { CloseForm } from './CloseForm.tsx';
import { ReferForm } from './ReferForm.tsx';

/** The actions on an open report (assign, refer, priority, category, transfer, duplicate, close) or reopening a
 * closed one; messaging the reporter and notes either way. */
export function ReportActions({ api, me, report: r, desks, act }: { api: Api; me: Me; report: FullReport; desks: Desk[]; act: Act }) {
  const { t } = useTranslation(['staff', 'report']);
  const locale = api.locale;
  const closed = r.status === 'closed';
  return (
    <>
      <h2>{t('actions.title')}</h2>
      <div className="app-staff__actions">
        {closed ? (
          <ActionForm
            id="reopen"
            title={t('actions.reopen')}
            submit={t('actions.submit')}
            act={act}
            build={(d) => ({ type: 'reopen', reason: d.get('reason') })}
          >
            <TextField name="reason" label={t('actions.reason')} />
          </ActionForm>
        ) : (
          <>
            <AssignForm api={api} me={me} report={r} act={act} />
            <ReferForm desks={desks} locale={locale} act={act} />
            <ActionForm
              id="priority"
              title={t('actions.setPriority')}
              submit={t('actions.submit')}
              act={act}
              build={(d) => ({ type: 'set_priority', priority: d.get('priority'), reason: d.get('reason') })}
            >
              <SelectField name="priority" label={t('actions.newPriority')} options={PRIORITIES.map((p) => [p, t(`priority.${p}`)])} />
              <TextField name="reason" label={t('actions.reason')} />
            </ActionForm>
            <ActionForm
              id="category"
              title={t('actions.setCategory')}
              submit={t('actions.submit')}
              act={act}
              build={(d) => ({ type: 'set_category', category: d.get('category'), reason: d.get('reason') })}
            >
              <SelectField
                name="category"
                label={t('actions.newCategory')}
                options={Object.keys(t('report:category', { returnObjects: true }) as object).map((c) => [c, t(`report:category.${c}`)])}
              />
              <TextField name="reason" label={t('actions.reason')} />
            </ActionForm>
            {me.can.transfer && <TransferForm api={api} report={r} act={act} />}
            <ActionForm
              id="duplicate"
              title={t('actions.markDuplicate')}
              submit={t('actions.submit')}
              act={act}
              build={(d) => ({ type: 'mark_duplicate', of: d.get('of') })}
            >
              <TextField name="of" label={t('actions.duplicateOf')} ltr />
            </ActionForm>
            <CloseForm report={r} act={act} />
          </>
        )}
        <ActionForm
          id="message"
          title={t('actions.message')}
          submit={t('actions.send')}
          act={act}
          build={(d) => ({ type: 'message', body: d.get('body') })}
        >
          <TextField name="body" label={t('actions.messageBody')} hint={t('actions.messageHint')} multiline />
        </ActionForm>
        <ActionForm
          id="note"
          title={t('actions.addNote')}
          submit={t('actions.submit')}
          act={act}
          build={(d) => ({ type: 'note', body: d.get('body') })}
        >
          <TextField name="body" label={t('actions.noteBody')} multiline />
        </ActionForm>
      </div>
    </>
  );
}
