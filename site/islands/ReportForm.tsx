import { useMemo, useRef, useState, type FormEvent } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../../locales/index.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';

export interface FormProvince {
  id: string;
  name: string;
  districts: { id: string; name: string }[];
}

interface Props {
  locale: Locale;
  strings: IslandStrings;
  provinces: FormProvince[];
  categories: readonly string[];
  reporters: readonly string[];
  ageBands: readonly string[];
  genders: readonly string[];
}

interface Created {
  reference: string;
  receipt: string;
  priority: string;
  queue: { name: Record<Locale, string> };
  emergency: null | { numbers: { number: string; name: Record<Locale, string> }[] };
}

/**
 * The report form. Server-rendered as a plain HTML form that posts to /api/reports without JavaScript;
 * once hydrated it submits JSON and shows the result in place, keeping everything typed on any error.
 */
export default function ReportForm(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Form {...props} />
    </I18nextProvider>
  );
}

function Form({ locale, provinces, categories, reporters, ageBands, genders }: Props) {
  const { t } = useTranslation(['report', 'api']);
  const [province, setProvince] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [created, setCreated] = useState<Created | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const districts = provinces.find((p) => p.id === province)?.districts ?? [];

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const get = (k: string) => (data.get(k) as string | null) ?? '';
    const body = {
      locale,
      reporter: get('reporter'),
      category: get('category'),
      immediateDanger: get('immediateDanger') === 'true',
      child: { ageBand: get('child.ageBand'), gender: get('child.gender') || 'unknown' },
      location: { province: get('location.province'), district: get('location.district'), ...(get('location.details') ? { details: get('location.details') } : {}) },
      description: get('description'),
      ...(get('contact') ? { contact: get('contact') } : {}),
    };
    setBusy(true);
    setMessage('');
    try {
      const res = await fetch('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': locale }, body: JSON.stringify(body) });
      const json = await res.json();
      if (res.status === 201) {
        setCreated(json as Created);
        return;
      }
      setFieldErrors(json.error?.fields ?? {});
      setMessage(json.error?.message ?? t('api:error.internal'));
      const first = Object.keys(json.error?.fields ?? {})[0];
      const el = first ? formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`) : null;
      (el ?? formRef.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
    } catch {
      setMessage(t('api:error.unavailable'));
    } finally {
      setBusy(false);
    }
  }

  if (created) {
    return (
      <section aria-live="polite">
        {created.emergency && (
          <div className="app-emergency">
            <h2>{t('emergency.title')}</h2>
            <ul>
              {created.emergency.numbers.map((n) => (
                <li key={n.number + n.name.en}>
                  <a href={`tel:${n.number}`} dir="ltr">{n.number}</a> {n.name[locale]}
                </li>
              ))}
            </ul>
          </div>
        )}
        <h2>{t('result.title')}</h2>
        <p>{t('result.queue', { queue: created.queue.name[locale] })}</p>
        <h3>{t('result.referenceLabel')}</h3>
        <p className="app-code" dir="ltr">{created.reference}</p>
        <h3>{t('result.receiptLabel')}</h3>
        <p className="app-code" dir="ltr" data-testid="receipt">{created.receipt.replace(/(\d{4})(?=\d)/g, '$1 ')}</p>
        <p><strong>{t('result.receiptWarning')}</strong></p>
        <p><a href={`/${locale}/report/status/`}>{t('result.statusLink')}</a></p>
      </section>
    );
  }

  const err = (name: string) =>
    fieldErrors[name] ? (
      <p className="app-form__error" id={`${name}-error`}>
        {fieldErrors[name]}
      </p>
    ) : null;
  const described = (name: string, hint?: string) => [hint, fieldErrors[name] ? `${name}-error` : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <form ref={formRef} className="app-form" method="post" action="/api/reports" onSubmit={onSubmit} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {message && (
        <div role="alert" tabIndex={-1} className="app-form__error">
          {message}
        </div>
      )}
      <div className="app-form__field">
        <label htmlFor="reporter">{t('form.reporterLabel')}</label>
        {err('reporter')}
        <select id="reporter" name="reporter" required defaultValue="" aria-describedby={described('reporter')}>
          <option value="" disabled>{t('form.chooseOne')}</option>
          {reporters.map((r) => <option key={r} value={r}>{t(`reporter.${r}`)}</option>)}
        </select>
      </div>
      <div className="app-form__field">
        <label htmlFor="category">{t('form.categoryLabel')}</label>
        {err('category')}
        <select id="category" name="category" required defaultValue="" aria-describedby={described('category')}>
          <option value="" disabled>{t('form.chooseOne')}</option>
          {categories.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}
        </select>
      </div>
      <fieldset className="app-form__field">
        <legend className="app-form__legend">{t('form.dangerLabel')}</legend>
        {err('immediateDanger')}
        <label><input type="radio" name="immediateDanger" value="true" required /> {t('form.dangerYes')}</label>
        <label><input type="radio" name="immediateDanger" value="false" /> {t('form.dangerNo')}</label>
      </fieldset>
      <div className="app-form__field">
        <label htmlFor="child.ageBand">{t('form.ageLabel')}</label>
        {err('child.ageBand')}
        <select id="child.ageBand" name="child.ageBand" required defaultValue="" aria-describedby={described('child.ageBand')}>
          <option value="" disabled>{t('form.chooseOne')}</option>
          {ageBands.map((a) => <option key={a} value={a}>{t(`age.${a}`)}</option>)}
        </select>
      </div>
      <div className="app-form__field">
        <label htmlFor="child.gender">{t('form.genderLabel')}</label>
        <select id="child.gender" name="child.gender" defaultValue="unknown">
          {genders.map((g) => <option key={g} value={g}>{t(`gender.${g}`)}</option>)}
        </select>
      </div>
      <div className="app-form__field">
        <label htmlFor="location.province">{t('form.provinceLabel')}</label>
        {err('location.province')}
        <select id="location.province" name="location.province" required value={province} onChange={(e) => setProvince(e.target.value)} aria-describedby={described('location.province')}>
          <option value="" disabled>{t('form.chooseOne')}</option>
          {provinces.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
      </div>
      <div className="app-form__field">
        <label htmlFor="location.district">{t('form.districtLabel')}</label>
        {err('location.district')}
        <select id="location.district" name="location.district" required defaultValue="" aria-describedby={described('location.district')}>
          <option value="" disabled>{t('form.chooseOne')}</option>
          {/* Without JavaScript every district is listed, grouped by province. */}
          {province
            ? districts.map((d) => <option key={d.id} value={d.id}>{d.name}</option>)
            : provinces.map((p) => (
                <optgroup key={p.id} label={p.name}>
                  {p.districts.map((d) => <option key={`${p.id}/${d.id}`} value={d.id}>{d.name}</option>)}
                </optgroup>
              ))}
        </select>
      </div>
      <div className="app-form__field">
        <label htmlFor="location.details">{t('form.detailsLabel')}</label>
        <input id="location.details" name="location.details" maxLength={500} dir="auto" />
      </div>
      <div className="app-form__field">
        <label htmlFor="description">{t('form.descriptionLabel')}</label>
        <p className="app-form__hint" id="description-hint">{t('form.descriptionHint')}</p>
        {err('description')}
        <textarea id="description" name="description" required minLength={10} maxLength={5000} dir="auto" aria-describedby={described('description', 'description-hint')} />
      </div>
      <div className="app-form__field">
        <label htmlFor="contact">{t('form.contactLabel')}</label>
        <p className="app-form__hint" id="contact-hint">{t('form.contactWarning')}</p>
        <input id="contact" name="contact" maxLength={200} dir="auto" aria-describedby="contact-hint" />
      </div>
      <button type="submit" disabled={busy}>{t('form.submit')}</button>
    </form>
  );
}
