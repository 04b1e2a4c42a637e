import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../../locales/index.ts';
import { ICONS, type IconName } from '../../api/reports/icons.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';
import { CHILD_CATEGORY_CHOICES, childChoiceOf } from '../../domain/child-categories.ts';
import { RiskStep, riskAnswers } from './report/RiskStep.tsx';
import { unpackPlaces } from './report/places.ts';

export type { FormProvince } from './report/places.ts';

export interface EmergencyLine {
  number: string;
  name: string;
  where: string;
}

interface Props {
  locale: Locale;
  strings: IslandStrings;
  /** Provinces and districts packed by packPlaces (report/places.ts). */
  places: string;
  categories: readonly string[];
  reporters: readonly string[];
  ageBands: readonly string[];
  genders: readonly string[];
  emergency: EmergencyLine[];
  /** The cybercrime line for sexual images of children online (shown beside the text box; no uploads here). */
  cyberNumber: string | null;
}

interface Created {
  reference: string;
  receipt: string;
  priority: string;
  queue: { name: Record<Locale, string> };
  emergency: null | { numbers: { number: string; name: Record<Locale, string> }[] };
}

declare global {
  interface Window {
    hcaptcha?: {
      render(container: HTMLElement, params: Record<string, unknown>): string;
      reset(id?: string): void;
    };
    hifazatCaptchaReady?: () => void;
  }
}

type Values = Record<string, string>;
const EMPTY: Values = {};

const STEPS = ['who', 'what', 'risks', 'danger', 'child', 'where', 'text', 'contact', 'review'] as const;
type Step = (typeof STEPS)[number];
const STEP_ICON: Record<Step, IconName> = { who: 'who', what: 'what', risks: 'danger', danger: 'danger', child: 'child', where: 'where', text: 'text', contact: 'contact', review: 'review' };
const FIELD_STEP: Record<string, Step> = {
  reporter: 'who',
  category: 'what',
  immediateDanger: 'danger',
  'child.ageBand': 'child',
  'child.gender': 'child',
  'location.province': 'where',
  'location.district': 'where',
  'location.details': 'where',
  description: 'text',
  contact: 'contact',
};
const stepOfField = (f: string): Step => (f === 'risks' || f.startsWith('risks.') ? 'risks' : FIELD_STEP[f] ?? 'review');
const MAX_DESCRIPTION = 5000;
const FORM_ID = 'app-report-form';

function valuesBeforeHydration(formId: string): Values {
  if (typeof document === 'undefined') return EMPTY;
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return EMPTY;
  const early: Values = {};
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v && k !== 'locale') early[k] = v;
  return early;
}
const idOf = (name: string) => `f-${name.replace(/\./g, '-')}`;
const length = (s: string) => [...s.normalize('NFC').trim()].length;

function Icon({ name }: { name: IconName }) {
  return (
    <svg className="app-icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d={ICONS[name]} />
    </svg>
  );
}

/**
 * The report form. Server-rendered as one long plain HTML form (fieldsets) that posts urlencoded to
 * /api/reports without JavaScript; once hydrated it becomes a stepped flow that submits JSON, keeps
 * everything typed in memory only (never in storage) and shows the result in place.
 */
export default function ReportForm(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Form {...props} />
    </I18nextProvider>
  );
}

function Form(props: Props) {
  const { locale, places, categories, reporters, ageBands, genders, emergency, cyberNumber } = props;
  const { t } = useTranslation(['report', 'api']);
  const provinces = useMemo(() => unpackPlaces(places), [places]);
  const [enhanced, setEnhanced] = useState(false);
  // Anything chosen or typed before the script arrived (a slow phone) is read from the server-rendered form
  // while hydrating, so the controlled inputs keep it instead of resetting it.
  const [values, setValues] = useState<Values>(() => valuesBeforeHydration(FORM_ID));
  const [step, setStep] = useState(0);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [networkFailed, setNetworkFailed] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [busy, setBusy] = useState(false);
  const [sitekey, setSitekey] = useState<string | null>(null);
  const [captchaState, setCaptchaState] = useState<'off' | 'loading' | 'ready' | 'failed'>('off');
  const tokenRef = useRef('');
  const widgetRef = useRef<string | undefined>(undefined);
  const captchaBox = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'heading' | 'error' | null>(null);

  const child = values.reporter === 'self';
  const ctx = child ? { context: 'child' } : {};
  const current = STEPS[step]!;
  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (fieldErrors[name]) setFieldErrors(({ [name]: _gone, ...rest }) => rest);
  };

  useEffect(() => {
    setEnhanced(true);
    // The site key comes from the server's configuration; the page itself is static.
    fetch('/api/reports/config')
      .then((r) => (r.ok ? r.json() : null))
      .then((c: { hcaptchaSitekey: string | null } | null) => setSitekey(c?.hcaptchaSitekey ?? null))
      .catch(() => setSitekey(null));
  }, []);

  // Load hCaptcha only when a site key is configured, only on this page, and never block sending on it.
  useEffect(() => {
    if (!sitekey || captchaState !== 'off') return;
    setCaptchaState('loading');
    window.hifazatCaptchaReady = () => setCaptchaState('ready');
    const script = document.createElement('script');
    script.src = `https://js.hcaptcha.com/1/api.js?render=explicit&onload=hifazatCaptchaReady&hl=${locale}`;
    script.async = true;
    script.onerror = () => setCaptchaState('failed');
    document.head.appendChild(script);
  }, [sitekey, captchaState, locale]);

  useEffect(() => {
    if (captchaState !== 'ready' || current !== 'review' || !captchaBox.current || !window.hcaptcha || !sitekey) return;
    if (captchaBox.current.childElementCount) return;
    try {
      widgetRef.current = window.hcaptcha.render(captchaBox.current, {
        sitekey,
        hl: locale,
        callback: (token: string) => (tokenRef.current = token),
        'expired-callback': () => (tokenRef.current = ''),
        'error-callback': () => (tokenRef.current = ''),
      });
    } catch {
      setCaptchaState('failed');
    }
  }, [captchaState, current, sitekey, locale]);

  useEffect(() => {
    if (focusNext.current === 'heading') headingRef.current?.focus();
    if (focusNext.current === 'error') {
      const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? formRef.current?.querySelector<HTMLElement>('[role="alert"]');
      first?.focus();
    }
    focusNext.current = null;
  });

  /** Quick exit resets every form on the page: forget everything typed and any result. */
  function wipe() {
    setValues(EMPTY);
    setStep(0);
    setFieldErrors({});
    setMessage('');
    setNetworkFailed(false);
    setCreated(null);
    tokenRef.current = '';
  }

  function checkStep(s: Step): Record<string, string> {
    const errs: Record<string, string> = {};
    const required = t('api:field.required');
    const need = (name: string) => {
      if (!values[name]) errs[name] = required;
    };
    if (s === 'who') need('reporter');
    if (s === 'what') need('category');
    if (s === 'danger') need('immediateDanger');
    if (s === 'child') need('child.ageBand');
    if (s === 'where') {
      need('location.province');
      need('location.district');
    }
    if (s === 'text') {
      const n = length(values.description ?? '');
      if (n === 0) errs.description = required;
      else if (n < 10) errs.description = t('api:field.tooShort', { min: 10 });
      else if (n > MAX_DESCRIPTION) errs.description = t('api:field.tooLong', { max: MAX_DESCRIPTION });
    }
    return errs;
  }

  function goTo(next: number) {
    setStep(next);
    setMessage('');
    focusNext.current = 'heading';
  }

  function onNext() {
    const errs = checkStep(current);
    setFieldErrors(errs);
    if (Object.keys(errs).length) {
      focusNext.current = 'error';
      return;
    }
    goTo(step + 1);
  }

  function payload() {
    const v = values;
    const risks = riskAnswers(v);
    return {
      locale,
      reporter: v.reporter ?? '',
      category: v.category ?? '',
      immediateDanger: v.immediateDanger === 'true' ? true : v.immediateDanger === 'false' ? false : '',
      child: { ageBand: v['child.ageBand'] ?? '', gender: v['child.gender'] || 'unknown' },
      location: { province: v['location.province'] ?? '', district: v['location.district'] ?? '', ...(v['location.details']?.trim() ? { details: v['location.details'] } : {}) },
      description: v.description ?? '',
      ...(v.contact?.trim() ? { contact: v.contact } : {}),
      ...(risks ? { risks } : {}),
      ...(tokenRef.current ? { captchaToken: tokenRef.current } : {}),
    };
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    if (current !== 'review') {
      onNext();
      return;
    }
    setBusy(true);
    setMessage('');
    setNetworkFailed(false);
    let res: Response;
    let json: { error?: { code?: string; message?: string; fields?: Record<string, string> } } & Partial<Created>;
    try {
      res = await fetch('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': locale }, body: JSON.stringify(payload()) });
      json = await res.json();
    } catch {
      // Nothing reached us (or the answer was cut off): keep everything and offer to try again.
      setNetworkFailed(true);
      setMessage(t('report:error.network'));
      setBusy(false);
      focusNext.current = 'error';
      return;
    }
    setBusy(false);
    if (res.status === 201) {
      setCreated(json as Created);
      focusNext.current = 'heading';
      return;
    }
    const fields = json.error?.fields ?? {};
    setFieldErrors(fields);
    setMessage(json.error?.message ?? t('api:error.internal'));
    if (json.error?.code === 'captcha_failed') {
      tokenRef.current = '';
      try {
        window.hcaptcha?.reset(widgetRef.current);
      } catch {
        /* the widget may be gone; the server accepts a report without it */
      }
    }
    const firstStep = Object.keys(fields)
      .map((f) => STEPS.indexOf(stepOfField(f)))
      .sort((a, b) => a - b)[0];
    if (firstStep !== undefined && firstStep !== step) setStep(firstStep);
    focusNext.current = 'error';
  }

  const errorFor = (name: string) =>
    fieldErrors[name] ? (
      <p className="app-form__error" id={`${idOf(name)}-error`}>
        {fieldErrors[name]}
      </p>
    ) : null;
  const describedBy = (name: string, hint?: string) => [hint, fieldErrors[name] ? `${idOf(name)}-error` : undefined].filter(Boolean).join(' ') || undefined;

  const radioGroup = (name: string, options: readonly string[], label: (o: string) => string, extra?: { hint?: (o: string) => string; icon?: (o: string) => IconName | undefined }) =>
    options.map((o, i) => {
      const id = `${idOf(name)}-${o}`;
      const icon = extra?.icon?.(o);
      return (
        <div className="app-choice" key={o}>
          <input
            type="radio"
            id={id}
            name={name}
            value={o}
            checked={values[name] === o}
            onChange={() => set(name, o)}
            aria-invalid={i === 0 && fieldErrors[name] ? true : undefined}
            aria-describedby={i === 0 ? describedBy(name) : undefined}
          />
          {icon && <Icon name={icon} />}
          <label htmlFor={id}>
            {label(o)}
            {extra?.hint && <small className="app-choice__hint">{extra.hint(o)}</small>}
          </label>
        </div>
      );
    });

  const emergencyList = (
    <ul className="app-emergency__list">
      {emergency.map((n) => (
        <li key={n.number + n.name}>
          <a className="app-emergency__number" href={`tel:${n.number}`} dir="ltr">
            {n.number}
          </a>{' '}
          {n.name} <span className="app-emergency__where">({n.where})</span>
        </li>
      ))}
    </ul>
  );

  const stepTitle = (s: Step) => t(`steps.${s}`, ctx);
  // A child reads back the words they chose; anyone else (or a category only the full list has) the category's name.
  const categoryLabel = (c: string) => {
    const choice = child ? childChoiceOf(c) : null;
    return choice ? t(`childCategory.${choice}`) : t(`category.${c}`);
  };
  const district = provinces.find((p) => p.id === values['location.province'])?.districts ?? [];

  function renderStep(s: Step): ReactNode {
    const head = (
      <legend className="app-step__legend">
        <h2 ref={enhanced ? headingRef : undefined} tabIndex={enhanced ? -1 : undefined} className="app-step__title">
          <Icon name={STEP_ICON[s]} />
          {enhanced || t(`steps.${s}`) === t(`steps.${s}`, { context: 'child' }) ? (
            <span>{stepTitle(s)}</span>
          ) : (
            // Without JavaScript both wordings are sent and CSS (:has) shows the child's once "this is happening to me" is ticked.
            <>
              <span className="app-when-adult">{t(`steps.${s}`)}</span>
              <span className="app-when-child">{t(`steps.${s}`, { context: 'child' })}</span>
            </>
          )}
        </h2>
      </legend>
    );
    switch (s) {
      case 'who':
        return (
          <fieldset className="app-step" key={s} id="step-who">
            {head}
            {errorFor('reporter')}
            {radioGroup('reporter', reporters, (o) => t(`reporter.${o}`), { icon: (o) => (o === 'self' ? 'self' : 'adult') })}
          </fieldset>
        );
      case 'what':
        return (
          <fieldset className="app-step" key={s}>
            {head}
            {child && enhanced && <p>{t('form.childIntro')}</p>}
            {errorFor('category')}
            {child && enhanced
              ? // A child gets a few choices in their own words, each standing for a category (domain/child-categories.ts).
                radioGroup(
                  'category',
                  CHILD_CATEGORY_CHOICES.map((c) => c.category),
                  categoryLabel,
                )
              : radioGroup('category', categories, (o) => t(`category.${o}`), { hint: (o) => t(`categoryExample.${o}`) })}
          </fieldset>
        );
      case 'risks':
        return (
          <fieldset className="app-step" key={s}>
            {head}
            <RiskStep values={values} child={child} enhanced={enhanced} radios={radioGroup} emergencyList={emergencyList} callIcon={<Icon name="phone" />} />
          </fieldset>
        );
      case 'danger':
        return (
          <fieldset className="app-step" key={s}>
            {head}
            {errorFor('immediateDanger')}
            {!enhanced && (
              <>
                <p>{t('danger.noJs')}</p>
                {emergencyList}
              </>
            )}
            {radioGroup('immediateDanger', ['true', 'false'], (o) => (o === 'true' ? t('danger.yes') : t('danger.no')), { icon: (o) => (o === 'true' ? 'danger' : 'safe') })}
            {enhanced && values.immediateDanger === 'true' && (
              <section className="app-emergency" role="alert" aria-labelledby="danger-call">
                <h3 id="danger-call">
                  <Icon name="phone" /> {t('emergency.title')}
                </h3>
                {emergencyList}
                <p>{t('danger.callNow', ctx)}</p>
              </section>
            )}
          </fieldset>
        );
      case 'child':
        return (
          <fieldset className="app-step" key={s}>
            {head}
            <fieldset className="app-form__field">
              <legend className="app-form__legend">{t('form.ageLabel', ctx)}</legend>
              {errorFor('child.ageBand')}
              {radioGroup('child.ageBand', ageBands, (o) => t(`age.${o}`))}
            </fieldset>
            <fieldset className="app-form__field">
              <legend className="app-form__legend">{t('form.genderLabel', ctx)}</legend>
              {radioGroup('child.gender', genders, (o) => t(`gender.${o}`))}
            </fieldset>
          </fieldset>
        );
      case 'where':
        return (
          <fieldset className="app-step" key={s}>
            {head}
            <div className="app-form__field">
              <label htmlFor={idOf('location.province')}>{t('form.provinceLabel')}</label>
              {errorFor('location.province')}
              <select
                id={idOf('location.province')}
                name="location.province"
                value={values['location.province'] ?? ''}
                onChange={(e) => {
                  set('location.province', e.target.value);
                  set('location.district', '');
                }}
                aria-invalid={fieldErrors['location.province'] ? true : undefined}
                aria-describedby={describedBy('location.province')}
              >
                <option value="">{t('form.chooseOne')}</option>
                {provinces.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="app-form__field">
              <label htmlFor={idOf('location.district')}>{t('form.districtLabel')}</label>
              {errorFor('location.district')}
              <select
                id={idOf('location.district')}
                name="location.district"
                value={values['location.district'] ?? ''}
                onChange={(e) => set('location.district', e.target.value)}
                aria-invalid={fieldErrors['location.district'] ? true : undefined}
                aria-describedby={describedBy('location.district')}
              >
                <option value="">{t('form.chooseOne')}</option>
                {/* Without JavaScript every district is listed, grouped by province. */}
                {enhanced
                  ? district.map((d) => (
                      <option key={d.id} value={d.id}>
                        {d.name}
                      </option>
                    ))
                  : provinces.map((p) => (
                      <optgroup key={p.id} label={p.name}>
                        {p.districts.map((d) => (
                          <option key={`${p.id}/${d.id}`} value={d.id}>
                            {d.name}
                          </option>
                        ))}
                      </optgroup>
                    ))}
              </select>
            </div>
            <div className="app-form__field">
              <label htmlFor={idOf('location.details')}>{t('form.detailsLabel')}</label>
              <p className="app-form__hint" id="details-hint">
                {t('form.detailsHint')}
              </p>
              {errorFor('location.details')}
              <input
                id={idOf('location.details')}
                name="location.details"
                maxLength={500}
                dir="auto"
                autoComplete="off"
                value={values['location.details'] ?? ''}
                onChange={(e) => set('location.details', e.target.value)}
                aria-describedby={describedBy('location.details', 'details-hint')}
              />
            </div>
          </fieldset>
        );
      case 'text': {
        const n = length(values.description ?? '');
        return (
          <fieldset className="app-step" key={s}>
            {head}
            <div className="app-form__field">
              <label htmlFor={idOf('description')}>{t('form.descriptionLabel', ctx)}</label>
              <p className="app-form__hint" id="description-hint">
                {t('form.descriptionHint', ctx)}
              </p>
              {cyberNumber && <p className="app-form__hint">{t('form.noFiles', { number: cyberNumber })}</p>}
              {errorFor('description')}
              <textarea
                id={idOf('description')}
                name="description"
                maxLength={MAX_DESCRIPTION}
                dir="auto"
                value={values.description ?? ''}
                onChange={(e) => set('description', e.target.value)}
                aria-invalid={fieldErrors.description ? true : undefined}
                aria-describedby={describedBy('description', 'description-hint description-counter')}
              />
              <p className="app-form__hint" id="description-counter" aria-live="polite">
                {t('form.counter', { count: n, max: MAX_DESCRIPTION })}
              </p>
            </div>
          </fieldset>
        );
      }
      case 'contact':
        return (
          <fieldset className="app-step" key={s}>
            {head}
            <div className="app-form__field">
              <label htmlFor={idOf('contact')}>{t('form.contactLabel')}</label>
              <p className="app-form__hint app-form__warning" id="contact-hint">
                {t('form.contactWarning', ctx)}
              </p>
              {errorFor('contact')}
              <input
                id={idOf('contact')}
                name="contact"
                maxLength={200}
                dir="auto"
                autoComplete="off"
                value={values.contact ?? ''}
                onChange={(e) => set('contact', e.target.value)}
                aria-invalid={fieldErrors.contact ? true : undefined}
                aria-describedby={describedBy('contact', 'contact-hint')}
              />
            </div>
          </fieldset>
        );
      case 'review': {
        const none = t('review.notAnswered');
        const provinceName = provinces.find((p) => p.id === values['location.province']);
        const rows: [Step, string, string][] = [
          ['who', t('fieldName.reporter'), values.reporter ? t(`reporter.${values.reporter}`) : none],
          ['what', t('fieldName.category'), values.category ? categoryLabel(values.category) : none],
          [
            'risks',
            t('fieldName.risks'),
            Object.entries(riskAnswers(values) ?? {})
              .map(([id, a]) => `${t(`risk.${id}`, ctx)} ${t(`risks.${a}`)}`)
              .join('\n') || none,
          ],
          ['danger', t('fieldName.immediateDanger'), values.immediateDanger ? t(values.immediateDanger === 'true' ? 'danger.yes' : 'danger.no') : none],
          ['child', t('fieldName.child.ageBand'), values['child.ageBand'] ? t(`age.${values['child.ageBand']}`) : none],
          [
            'where',
            t('fieldName.location.district'),
            [provinceName?.name, provinceName?.districts.find((d) => d.id === values['location.district'])?.name, values['location.details']].filter(Boolean).join(' – ') || none,
          ],
          ['text', t('fieldName.description'), values.description || none],
          ['contact', t('fieldName.contact'), values.contact || t('review.none')],
        ];
        return (
          <fieldset className="app-step" key={s}>
            {head}
            <dl className="app-review">
              {rows.map(([target, label, value]) => (
                <div className="app-review__row" key={target}>
                  <dt>{label}</dt>
                  <dd dir="auto">{value}</dd>
                  <dd>
                    <button type="button" className="app-button--link" onClick={() => goTo(STEPS.indexOf(target))}>
                      {t('review.change')} <span className="app-visually-hidden">{label}</span>
                    </button>
                  </dd>
                </div>
              ))}
            </dl>
            {sitekey && (
              <div className="app-form__field">
                <div ref={captchaBox} className="app-captcha" role="group" aria-label={t('captcha.label')} />
                {captchaState === 'failed' && <p className="app-form__hint">{t('captcha.unavailable')}</p>}
              </div>
            )}
          </fieldset>
        );
      }
    }
  }

  if (created) {
    return (
      <ResultView
        created={created}
        locale={locale}
        headingRef={headingRef}
        onReset={wipe}
      />
    );
  }

  const shown = enhanced ? [current] : STEPS.filter((s) => s !== 'review');
  return (
    <form ref={formRef} id={FORM_ID} className="app-form" method="post" action="/api/reports" onSubmit={onSubmit} onReset={wipe} noValidate data-testid="report-form">
      <input type="hidden" name="locale" value={locale} />
      {enhanced && <p className="app-step__count">{t('form.stepOf', { n: step + 1, total: STEPS.length })}</p>}
      {message && (
        <div role="alert" tabIndex={-1} className="app-form__error app-error-summary">
          <p>{message}</p>
          {networkFailed && (
            <button type="submit" disabled={busy}>
              {t('error.retry')}
            </button>
          )}
        </div>
      )}
      {shown.map(renderStep)}
      <div className="app-step__nav">
        {enhanced && step > 0 && (
          <button type="button" className="app-button--secondary" onClick={() => goTo(step - 1)}>
            {t('form.back')}
          </button>
        )}
        {enhanced && current !== 'review' ? (
          // Distinct keys: reusing one <button> and flipping its type mid-click would submit the form.
          <button key="next" type="button" onClick={onNext}>
            {step === STEPS.length - 2 ? t('form.reviewSubmit') : t('form.next')}
          </button>
        ) : (
          <button key="submit" type="submit" disabled={busy}>
            {t('form.submit')}
          </button>
        )}
      </div>
    </form>
  );
}

function ResultView({ created, locale, headingRef, onReset }: { created: Created; locale: Locale; headingRef: React.RefObject<HTMLHeadingElement | null>; onReset: () => void }) {
  const { t } = useTranslation('report');
  const [copied, setCopied] = useState(false);
  const [saved, setSaved] = useState(false);
  const [nag, setNag] = useState(false);
  const grouped = created.receipt.replace(/(\d{4})(?=\d)/g, '$1 ');

  // Until the receipt is confirmed saved, warn before leaving (but never stand in the way of quick exit).
  useEffect(() => {
    if (saved) return;
    const guard = (e: BeforeUnloadEvent) => {
      if (document.documentElement.classList.contains('app-exit--active')) return;
      e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [saved]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(grouped);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    // A form so that quick exit (which resets every form) also wipes the receipt from the page.
    <form
      className="app-result"
      aria-live="polite"
      onReset={onReset}
      onSubmit={(e) => {
        e.preventDefault();
        if (!saved) {
          setNag(true);
          return;
        }
        onReset();
        window.location.assign(`/${locale}/`);
      }}
    >
      {created.emergency && (
        <section className="app-emergency" aria-labelledby="result-emergency">
          <h2 id="result-emergency">{t('emergency.title')}</h2>
          <ul className="app-emergency__list">
            {created.emergency.numbers.map((n) => (
              <li key={n.number + n.name[locale]}>
                <a className="app-emergency__number" href={`tel:${n.number}`} dir="ltr">
                  {n.number}
                </a>{' '}
                {n.name[locale]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2 ref={headingRef} tabIndex={-1}>
        {t('result.title')}
      </h2>
      <p>{t('result.queue', { queue: created.queue.name[locale] })}</p>
      <h3>{t('result.referenceLabel')}</h3>
      <p className="app-code" dir="ltr" data-testid="reference">
        {created.reference}
      </p>
      <h3>{t('result.receiptLabel')}</h3>
      <p className="app-code" dir="ltr" data-testid="receipt">
        {grouped}
      </p>
      <p>
        <button type="button" className="app-button--secondary" onClick={copy}>
          {t('result.copy')}
        </button>{' '}
        <span role="status">{copied ? t('result.copied') : ''}</span>
      </p>
      <p>
        <strong>{t('result.receiptWarning')}</strong>
      </p>
      <div className="app-choice">
        <input type="checkbox" id="receipt-saved" checked={saved} onChange={(e) => (setSaved(e.target.checked), setNag(false))} aria-describedby={nag ? 'saved-first' : undefined} />
        <label htmlFor="receipt-saved">{t('result.saved')}</label>
      </div>
      {nag && (
        <p className="app-form__error" id="saved-first" role="alert">
          {t('result.savedFirst')}
        </p>
      )}
      <p>
        <button type="submit">{t('result.finish')}</button>
      </p>
      <p>
        <a href={`/${locale}/report/status/`} onClick={(e) => !saved && (e.preventDefault(), setNag(true))}>
          {t('result.statusLink')}
        </a>
      </p>
    </form>
  );
}
