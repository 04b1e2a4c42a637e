import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Api } from '../../api/client.ts';
import { queueStaff, transferTargets } from '../../api/staff.ts';
import type { FullReport, Me, QueueRef } from '../../api/types.ts';
import { type Act, ActionForm, SelectField, TextField } from './ActionForm.tsx';

/** Officers take a report themselves; those who may assign others choose from the queue's staff. */
export function AssignForm({ api, me, report, act }: { api: Api; me: Me; report: FullReport; act: Act }) {
  const { t } = useTranslation('staff');
  const [staff, setStaff] = useState<{ username: string }[]>([]);
  const manager = me.can.assignOthers;
  useEffect(() => {
    if (!manager) return;
    queueStaff(api, report.queue.id)
      .then((s) => setStaff(s.staff))
      .catch(() => undefined);
  }, [api, manager, report.queue.id]);
  if (!manager) {
    return report.assignedTo === me.username ? null : (
      <p>
        <button type="button" onClick={() => void act({ type: 'assign', to: me.username })}>
          {t('actions.assignToMe')}
        </button>
      </p>
    );
  }
  return (
    <ActionForm
      id="assign"
      title={t('actions.assign')}
      submit={t('actions.submit')}
      act={act}
      build={(d) => ({ type: 'assign', to: d.get('to') })}
    >
      <SelectField name="to" label={t('actions.assignTo')} options={staff.map((s) => [s.username, s.username])} />
    </ActionForm>
  );
}

/** Move the report to another queue in scope (a reason is required and kept in the history). */
export function TransferForm({ api, report, act }: { api: Api; report: FullReport; act: Act }) {
  const { t } = useTranslation('staff');
  const locale = api.locale;
  const [queues, setQueues] = useState<QueueRef[]>([]);
  useEffect(() => {
    transferTargets(api)
      .then((q) => setQueues(q.queues))
      .catch(() => undefined);
  }, [api]);
  return (
    <ActionForm
      id="transfer"
      title={t('actions.transfer')}
      submit={t('actions.submit')}
      act={act}
      build={(d) => ({ type: 'transfer', queueId: d.get('queueId'), reason: d.get('reason') })}
    >
      <SelectField
        name="queueId"
        label={t('actions.transferTo')}
        options={queues.filter((q) => q.id !== report.queue.id).map((q) => [q.id, q.name[locale]])}
      />
      <TextField name="reason" label={t('actions.reason')} />
    </ActionForm>
  );
}
