import { useTranslation } from 'react-i18next';
import { reportField } from '../../../domain/report-form.ts';
import { Select } from '../form/Select.tsx';
import { type EmergencyNumbers, EmergencyPanel, linesFor } from './Emergency.tsx';
import type { FormProvince } from './places.ts';
import type { StepProps } from './step-props.ts';

const PROVINCE = reportField('location.province');

/**
 * The emergency box of a step, in the wording the reporter is using. The place is asked later in the form, so
 * until then the box asks for the province itself (the same answer as the place step's) and meanwhile lists
 * every emergency line with where it works; once chosen, only that province's, its child helpline first.
 */
export function EmergencyFor({
  id,
  s,
  emergency,
  provinces,
  callNow,
}: {
  id: string;
  s: StepProps;
  emergency: EmergencyNumbers;
  provinces: readonly FormProvince[];
  callNow: string;
}) {
  const { t } = useTranslation('report');
  const ctx = s.child ? { context: 'child' } : {};
  const province = s.values[PROVINCE.name];
  return (
    <EmergencyPanel id={id} title={t('emergency.title', ctx)} lines={linesFor(emergency, province)}>
      <p>{t(callNow, ctx)}</p>
      <Select
        id={`${id}-province`}
        name=""
        label={t('emergency.province', ctx)}
        errorPrefix=""
        value={province ?? ''}
        placeholder={t('form.chooseOne')}
        onChange={(v) => {
          s.set(PROVINCE.name, v);
          s.set(reportField('location.district').name, '');
        }}
      >
        {provinces.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
    </EmergencyPanel>
  );
}
