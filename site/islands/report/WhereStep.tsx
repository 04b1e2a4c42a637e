import { useTranslation } from 'react-i18next';
import { reportField } from '../../../domain/report-form.ts';
import { fieldId } from '../form/ids.ts';
import { Select } from '../form/Select.tsx';
import { Listen } from './Listen.tsx';
import type { FormProvince } from './places.ts';
import { StepFrame } from './StepFrame.tsx';
import type { StepProps } from './step-props.ts';
import { TextField } from './steps.tsx';

const PROVINCE = reportField('location.province');
const DISTRICT = reportField('location.district');

/** Province, then its districts (without JavaScript every district, grouped by province), then place details. */
export function WhereStep({ s, provinces }: { s: StepProps; provinces: readonly FormProvince[] }) {
  const { t } = useTranslation(['report', 'api']);
  const province = s.values[PROVINCE.name] ?? '';
  const districts = provinces.find((p) => p.id === province)?.districts ?? [];
  const select = (name: string, label: string, names: string[]) => {
    const id = fieldId(name);
    return {
      id,
      name,
      label,
      labelId: s.enhanced ? `${id}-label` : undefined,
      value: s.values[name] ?? '',
      error: s.errors[name],
      errorPrefix: t('api:field.errorPrefix'),
      placeholder: t('form.chooseOne'),
      extra: s.enhanced && <Listen lang={s.locale} parts={[label, ...names]} describedBy={`${id}-label`} />,
    };
  };
  return (
    <StepFrame step="where" s={s}>
      <Select
        {...select(
          PROVINCE.name,
          t(PROVINCE.label),
          provinces.map((p) => p.name),
        )}
        onChange={(v) => {
          s.set(PROVINCE.name, v);
          s.set(DISTRICT.name, '');
        }}
      >
        {provinces.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </Select>
      <Select
        {...select(
          DISTRICT.name,
          t(DISTRICT.label),
          districts.map((d) => d.name),
        )}
        onChange={(v) => s.set(DISTRICT.name, v)}
      >
        {s.enhanced
          ? districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))
          : // Without script every district, grouped by province, the chosen one first (the form given back with an
            // error); the report page itself starts with none chosen, in the order places.ts reads back.
            [...provinces]
              .sort((a, b) => +(b.id === province) - +(a.id === province))
              .map((p) => (
                <optgroup key={p.id} label={p.name}>
                  {p.districts.map((d) => (
                    <option key={`${p.id}/${d.id}`} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </optgroup>
              ))}
      </Select>
      <TextField s={s} field={reportField('location.details')} />
    </StepFrame>
  );
}
