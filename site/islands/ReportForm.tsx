import type { TFunction } from 'i18next';
import { type FormEvent, type ReactNode, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/languages.ts';
import { checkStep, fieldOfError, REPORT_STEPS, type ReportStep, reportFromForm, stepOfField } from '../../domain/report-form.ts';
import { ApiError, createApi, messageOf } from './api/client.ts';
import { sendReport } from './api/public.ts';
import type { ReportCreated as Created, ReportInput } from './api/types.ts';
import { ErrorSummary } from './form/ErrorSummary.tsx';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';
import type { EmergencyLine, EmergencyNumbers } from './report/Emergency.tsx';
import { type FormProvince, formPlaces } from './report/places.ts';
import { ResultView } from './report/ResultView.tsx';
import { ReviewStep } from './report/ReviewStep.tsx';
import { RiskStep } from './report/RiskStep.tsx';
import { type StepProps, type Values, wordingOf } from './report/step-props.ts';
import { ChildStep, ContactStep, DangerStep, TextStep, WhatStep, WhoStep } from './report/steps.tsx';
import { useCaptcha } from './report/useCaptcha.ts';
import { useFocusAfterRender } from './report/useFocusAfterRender.ts';
import { useStepHistory } from './report/useStepHistory.ts';
import { WhereStep } from './report/WhereStep.tsx';

export type { EmergencyLine, EmergencyNumbers, FormProvince };

interface Props {
  locale: Lang;
  strings: IslandStrings;
  emergency: EmergencyNumbers;
  /** Beside the answer "I want to die or hurt myself": lines that listen (site/render/report-data.ts). */
  listening: EmergencyLine[];
  /** The cybercrime line for sexual images of children online (shown beside the text box; no uploads here). */
  cyberNumber: string | null;
  /** What a JavaScript-off post sent, and what was wrong with it: the server's error page (site/render/). */
  initial?: { values: Values; errors: Record<string, string> };
}

const STEPS = REPORT_STEPS;
const EMPTY: Values = {};
const FORM_ID = 'app-report-form';

/** Anything chosen or typed before the script arrived (a slow phone), read from the server-rendered form. */
function valuesBeforeHydration(formId: string): Values {
  if (typeof document === 'undefined') return EMPTY;
  const form = document.getElementById(formId);
  if (!(form instanceof HTMLFormElement)) return EMPTY;
  const early: Values = {};
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v && k !== 'locale') early[k] = v;
  return early;
}

/** The step's answers the API would refuse, in the reporter's language (the API checks again). */
function stepErrors(step: ReportStep, values: Values, t: TFunction): Record<string, string> {
  const errs: Record<string, string> = {};
  for (const p of checkStep(step, values)) errs[p.field] = t(`api:field.${p.problem}`, { min: p.limit, max: p.limit });
  return errs;
}

type Sent =
  | { ok: true; created: Created }
  | { ok: false; code?: string; message: string; fields: Record<string, string> }
  | { ok: false; network: true };

/** Posts the answers as JSON; a network failure (or an answer cut off) is told apart from a refusal. */
async function send(body: ReportInput, locale: Lang, t: TFunction): Promise<Sent> {
  try {
    const created = await sendReport(createApi(locale), body);
    return created ? { ok: true, created } : { ok: false, network: true };
  } catch (err) {
    if (!(err instanceof ApiError) || err.status === 0) return { ok: false, network: true };
    const fields: Record<string, string> = {};
    for (const [name, text] of Object.entries(err.fields ?? {})) fields[fieldOfError(name)] ??= text;
    return { ok: false, code: err.code, message: messageOf(err, t('api:error.internal')), fields };
  }
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

function Form({ locale, emergency, listening, cyberNumber, initial }: Props) {
  const { t } = useTranslation(['report', 'api']);
  // Read once while hydrating (report/places.ts), before the stepped view narrows the district list.
  const [provinces] = useState(() => formPlaces(locale, FORM_ID));
  const [enhanced, setEnhanced] = useState(false);
  // Read while hydrating, so the controlled inputs keep what was typed instead of resetting it.
  const [values, setValues] = useState<Values>(() => initial?.values ?? valuesBeforeHydration(FORM_ID));
  const [step, setStep] = useState(0);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>(initial?.errors ?? {});
  const [message, setMessage] = useState('');
  const [networkFailed, setNetworkFailed] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const [busy, setBusy] = useState(false);
  const { formRef, headingRef, focusNext } = useFocusAfterRender();
  const current = STEPS[step]!;
  const captcha = useCaptcha(locale, current === 'review');
  // The phone's Back and Forward move between steps; nothing sent yet and something typed: leaving asks first.
  const pushStep = useStepHistory((n) => {
    if (created || n < 0 || n >= STEPS.length) return;
    setStep(n);
    setMessage('');
    focusNext.current = 'heading';
  }, !created && Object.values(values).some(Boolean));

  const set = (name: string, value: string) => {
    setValues((v) => ({ ...v, [name]: value }));
    if (fieldErrors[name]) setFieldErrors(({ [name]: _gone, ...rest }) => rest);
  };

  useEffect(() => setEnhanced(true), []);

  /** Quick exit resets every form on the page: forget everything typed and any result. */
  function wipe() {
    setValues(EMPTY);
    setStep(0);
    setFieldErrors({});
    setMessage('');
    setNetworkFailed(false);
    setCreated(null);
    captcha.token.current = '';
  }

  function goTo(next: number) {
    pushStep(next);
    setStep(next);
    setMessage('');
    focusNext.current = 'heading';
  }

  function onNext() {
    const errs = stepErrors(current, values, t);
    setFieldErrors(errs);
    if (Object.keys(errs).length) focusNext.current = 'error';
    else goTo(step + 1);
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    if (current !== 'review') return onNext();
    setBusy(true);
    setMessage('');
    setNetworkFailed(false);
    const token = captcha.token.current;
    const body = reportFromForm([
      ...Object.entries(values),
      ['locale', locale],
      ...(token ? [['captchaToken', token] as [string, string]] : []),
    ]);
    // The answers as the form holds them; the API checks each against ReportInput and answers a refusal per field.
    const sent = await send(body as ReportInput, locale, t);
    setBusy(false);
    if (sent.ok) {
      setCreated(sent.created);
      focusNext.current = 'heading';
      return;
    }
    focusNext.current = 'error';
    if ('network' in sent) {
      // Nothing reached us (or the answer was cut off): keep everything and offer to try again.
      setNetworkFailed(true);
      setMessage(t('report:error.network', wordingOf(values.reporter === 'self')));
      return;
    }
    setFieldErrors(sent.fields);
    setMessage(sent.message);
    if (sent.code === 'captcha_failed') captcha.reset();
    const firstStep = Object.keys(sent.fields)
      .map((f) => STEPS.indexOf(stepOfField(f)))
      .sort((a, b) => a - b)[0];
    if (firstStep !== undefined && firstStep !== step) {
      pushStep(firstStep);
      setStep(firstStep);
    }
  }

  if (created)
    return <ResultView created={created} locale={locale} child={values.reporter === 'self'} headingRef={headingRef} onReset={wipe} />;

  const s: StepProps = { locale, values, set, errors: fieldErrors, enhanced, child: values.reporter === 'self', headingRef };
  const view = (st: ReportStep): ReactNode => {
    if (st === 'who') return <WhoStep key={st} s={s} />;
    if (st === 'what') return <WhatStep key={st} s={s} />;
    if (st === 'risks') return <RiskStep key={st} s={s} emergency={emergency} listening={listening} provinces={provinces} />;
    if (st === 'danger') return <DangerStep key={st} s={s} emergency={emergency} provinces={provinces} />;
    if (st === 'child') return <ChildStep key={st} s={s} />;
    if (st === 'where') return <WhereStep key={st} s={s} provinces={provinces} />;
    if (st === 'text') return <TextStep key={st} s={s} cyberNumber={cyberNumber} />;
    if (st === 'contact') return <ContactStep key={st} s={s} />;
    return <ReviewStep key={st} s={s} provinces={provinces} goTo={(target) => goTo(STEPS.indexOf(target))} captcha={captcha} />;
  };

  const shown = enhanced ? [current] : STEPS.filter((st) => st !== 'review');
  return (
    <form
      ref={formRef}
      id={FORM_ID}
      className="app-form"
      method="post"
      action="/api/reports"
      onSubmit={onSubmit}
      onReset={wipe}
      noValidate
      data-testid="report-form"
      // Set once the island has mounted and shows one step at a time: what bench/slow-3g.ts times as "ready".
      data-stepped={enhanced ? '' : undefined}
    >
      <input type="hidden" name="locale" value={locale} />
      {enhanced && <p className="app-step__count">{t('form.stepOf', { n: step + 1, total: STEPS.length })}</p>}
      {message && (
        <ErrorSummary prefix={t('api:field.errorPrefix')} message={message}>
          {networkFailed && (
            <button type="submit" disabled={busy}>
              {t('error.retry', wordingOf(values.reporter === 'self'))}
            </button>
          )}
        </ErrorSummary>
      )}
      {shown.map(view)}
      <div className="app-step__nav">
        {enhanced && step > 0 && (
          <button type="button" className="app-button--secondary" onClick={() => goTo(step - 1)}>
            {t('form.back')}
          </button>
        )}
        {enhanced && current !== 'review' ? (
          // Distinct keys: reusing one <button> and flipping its type mid-click would submit the form.
          <button key="next" type="button" onClick={onNext}>
            {step === STEPS.length - 2 ? t('form.reviewSubmit', wordingOf(values.reporter === 'self')) : t('form.next')}
          </button>
        ) : (
          <button key="submit" type="submit" disabled={busy}>
            {t('form.submit', wordingOf(values.reporter === 'self'))}
          </button>
        )}
      </div>
    </form>
  );
}
