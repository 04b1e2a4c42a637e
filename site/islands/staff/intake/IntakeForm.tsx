import { type FormEvent, Fragment, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang, language } from '../../../../domain/languages.ts';
import { fieldOfError, reportField, reportFromForm } from '../../../../domain/report-form.ts';
import { RISK_ANSWERS, RISK_IDS } from '../../../../domain/risks.ts';
import { STAFF_CHANNELS } from '../../../../domain/vocabulary.ts';
import { type Api, ApiError, messageOf } from '../../api/client.ts';
import { recordIntake } from '../../api/staff.ts';
import type { Locations, Me, StaffIntakeCreated, StaffIntakeInput } from '../../api/types.ts';
import { ErrorLinks, ErrorSummary } from '../../form/ErrorSummary.tsx';
import { Radios } from '../../form/Radios.tsx';
import { Select } from '../../form/Select.tsx';
import { TextInput } from '../../form/TextInput.tsx';

type Values = Record<string, string>;

/** The control's id for a contract field (`child.ageBand` → `intake-child-ageBand`); a radio group's first choice. */
const idOf = (name: string) => `intake-${name.replace(/\./g, '-')}`;

const RADIOS: Record<string, readonly string[]> = {
  channel: STAFF_CHANNELS,
  immediateDanger: reportField('immediateDanger').choices,
  category: reportField('category').choices,
  reporter: reportField('reporter').choices,
  'child.ageBand': reportField('child.ageBand').choices,
  'child.gender': reportField('child.gender').choices,
  ...Object.fromEntries(RISK_IDS.map((id) => [`risks.${id}`, RISK_ANSWERS])),
};
const anchorOf = (name: string) => (RADIOS[name] ? `${idOf(name)}-${RADIOS[name][0]}` : idOf(name));

function initialValues(me: Me, locale: Lang): Values {
  return {
    locale,
    channel: me.role === 'helpline' ? 'helpline' : '',
    'location.province': me.provinceId ?? '',
    'child.gender': reportField('child.gender').default,
  };
}

interface Props {
  api: Api;
  me: Me;
  locations: Locations | null;
  /** `lang`: the language the caller spoke (their status page is in it). */
  onCreated(created: StaffIntakeCreated, lang: Lang): void;
  onError(err: unknown): void;
}

/**
 * The report form's questions for a report taken down for someone else (a call, a walk-in, a referring agency),
 * with the channel and the caller's language; the API's field errors beside their fields, what was typed kept.
 */
export function IntakeForm({ api, me, locations, onCreated, onError }: Props) {
  const { t } = useTranslation(['staff', 'report', 'api']);
  const locale = api.locale;
  const [values, setValues] = useState<Values>(() => initialValues(me, locale));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused) summaryRef.current?.focus();
  }, [refused]);

  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const prefix = t('api:field.errorPrefix');
  // A province-scoped account records for its own province only (the API refuses others).
  const provinces = (locations?.provinces ?? []).filter((p) => !me.provinceId || p.id === me.provinceId);
  const districts = provinces.find((p) => p.id === values['location.province'])?.districts ?? [];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      const created = await recordIntake(api, reportFromForm(Object.entries(values)) as StaffIntakeInput);
      setErrors({});
      setFailure('');
      onCreated(created, (values.locale as Lang) || locale);
    } catch (err) {
      onError(err);
      const fields: Record<string, string> = {};
      if (err instanceof ApiError) for (const [name, text] of Object.entries(err.fields)) fields[fieldOfError(name)] ??= text;
      setErrors(fields);
      setFailure(err instanceof ApiError && err.status === 0 ? t('api:error.unavailable') : messageOf(err, t('api:error.internal')));
      setRefused((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  // Choices side by side where the width allows: a call-taker sees the whole question at once.
  const radios = (name: string, legend: string, label: (o: string) => string, className = 'app-intake__choices') => (
    <Radios
      name={name}
      id={idOf(name)}
      options={RADIOS[name]!}
      value={values[name]}
      onChange={set(name)}
      label={label}
      legend={legend}
      error={errors[name]}
      errorPrefix={prefix}
      className={className}
    />
  );
  const text = (name: string, label: string, max: number, opts: { hint?: string; multiline?: boolean } = {}) => (
    <TextInput
      id={idOf(name)}
      name={name}
      label={label}
      hint={opts.hint}
      hintId={opts.hint ? `${idOf(name)}-hint` : undefined}
      multiline={opts.multiline}
      maxLength={max}
      value={values[name] ?? ''}
      onChange={set(name)}
      error={errors[name]}
      errorPrefix={prefix}
    />
  );
  const links = Object.entries(errors).map(([name, message]) => ({ href: `#${anchorOf(name)}`, text: message }));

  return (
    <form className="app-form app-intake" onSubmit={submit} noValidate>
      {failure && (
        <ErrorSummary prefix={prefix} message={failure} focusRef={summaryRef}>
          {links.length > 0 && <ErrorLinks items={links} />}
        </ErrorSummary>
      )}
      <h2>{t('intake.section.call')}</h2>
      {radios('channel', t('channel.label'), (c) => t(`channel.${c}`))}
      <Select
        id={idOf('locale')}
        name="locale"
        label={t('intake.callLanguage')}
        value={values.locale ?? ''}
        onChange={set('locale')}
        placeholder={t('report:form.chooseOne')}
        error={errors.locale}
        errorPrefix={prefix}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {language(l).nativeName}
          </option>
        ))}
      </Select>
      {radios('reporter', t('intake.reporter'), (r) => (r === 'self' ? t('intake.reporterSelf') : t(`report:reporter.${r}`)))}

      <h2>{t('intake.section.safety')}</h2>
      {radios('immediateDanger', t('intake.danger'), (d) => t(d === 'true' ? 'report:danger.yes' : 'report:danger.no'))}
      <p>{t('intake.risksIntro')}</p>
      {RISK_IDS.map((id) => (
        <Fragment key={id}>{radios(`risks.${id}`, t(`report:risk.${id}`), (a) => t(`report:risks.${a}`), 'app-risk__answers')}</Fragment>
      ))}

      <h2>{t('intake.section.what')}</h2>
      {radios('category', t('report:form.categoryLabel'), (c) => t(`report:category.${c}`))}
      {text('description', t('intake.description'), reportField('description').max, { hint: t('intake.descriptionHint'), multiline: true })}

      <h2>{t('intake.section.child')}</h2>
      {radios('child.ageBand', t('report:form.ageLabel'), (a) => t(`report:age.${a}`))}
      {radios('child.gender', t('report:form.genderLabel'), (g) => t(`report:gender.${g}`))}
      <Select
        id={idOf('location.province')}
        name="location.province"
        label={t('report:form.provinceLabel')}
        value={values['location.province'] ?? ''}
        onChange={(v) => setValues((old) => ({ ...old, 'location.province': v, 'location.district': '' }))}
        placeholder={t('report:form.chooseOne')}
        error={errors['location.province']}
        errorPrefix={prefix}
      >
        {provinces.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name[locale]}
          </option>
        ))}
      </Select>
      <Select
        id={idOf('location.district')}
        name="location.district"
        label={t('report:form.districtLabel')}
        value={values['location.district'] ?? ''}
        onChange={set('location.district')}
        placeholder={t('report:form.chooseOne')}
        error={errors['location.district']}
        errorPrefix={prefix}
      >
        {districts.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name[locale]}
          </option>
        ))}
      </Select>
      {text('location.details', t('report:form.detailsLabel'), reportField('location.details').max)}

      <h2>{t('intake.section.caller')}</h2>
      {text('contact', t('intake.contact'), reportField('contact').max, { hint: t('intake.contactHint') })}
      <button type="submit" disabled={busy}>
        {t('intake.submit')}
      </button>
    </form>
  );
}
