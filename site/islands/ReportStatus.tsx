import { type FormEvent, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { formatDateTime } from '../../domain/format.ts';
import type { Lang } from '../../domain/languages.ts';
import { ApiError, createApi, messageOf } from './api/client.ts';
import { lookupReceipt, sendReporterMessage } from './api/public.ts';
import type { ReporterView as View } from './api/types.ts';
import { Code } from './form/Code.tsx';
import { ErrorSummary } from './form/ErrorSummary.tsx';
import { TextInput } from './form/TextInput.tsx';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';

interface Props {
  locale: Lang;
  strings: IslandStrings;
  /** The server's answer to a JavaScript-off post (site/render/): the report opened, or the receipt form with its error. */
  initial?: Answer;
}

export interface Answer {
  receipt: string;
  view?: View;
  /** The receipt form's error, or the added-message form's. */
  error?: string;
  bodyError?: string;
  notice?: string;
  draft?: string;
}

/**
 * The reporter's status page. Without JavaScript a plain form posts the receipt (body only, never the URL)
 * and the server answers with a page; with it, the receipt is held in memory only, for this page.
 */
export default function ReportStatus(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Status {...props} />
    </I18nextProvider>
  );
}

function Status({ locale, initial }: Props) {
  const { t: tr } = useTranslation(['report', 'api']);
  const api = useMemo(() => createApi(locale), [locale]);
  // A receipt typed before the script arrived is kept (read from the server-rendered field while hydrating).
  const [receipt, setReceipt] = useState(() =>
    typeof document === 'undefined'
      ? (initial?.receipt ?? '')
      : ((document.getElementById('receipt') as HTMLInputElement | null)?.value ?? ''),
  );
  const [view, setView] = useState<View | null>(initial?.view ?? null);
  const [draft, setDraft] = useState(initial?.draft ?? '');
  const [error, setError] = useState(initial?.error ?? '');
  const [bodyError, setBodyError] = useState(initial?.bodyError ?? '');
  const [notice, setNotice] = useState(initial?.notice ?? '');
  // Without script the forms post to the API and "forget" is a link back to an empty page.
  const plain = initial !== undefined;
  const [busy, setBusy] = useState(false);
  const focusRef = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  // After the render that shows the report, its heading takes the focus the form had (a timer can fire before it).
  // A layout effect, run as that render is committed: a plain effect still waiting from an earlier render is run first
  // when the next render starts, and would use up the request before the heading is in the page (as in the form).
  const focusHeading = useRef(false);
  useLayoutEffect(() => {
    if (focusHeading.current) headingRef.current?.focus();
    focusHeading.current = false;
    focusRef.current?.focus();
    focusRef.current = null;
  });

  function forget() {
    setReceipt('');
    setView(null);
    setDraft('');
    setError('');
    setBodyError('');
    setNotice('');
  }

  async function open(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      setView(await lookupReceipt(api, receipt));
      setNotice('');
      focusHeading.current = true;
    } catch (err) {
      setError(err instanceof ApiError && err.status !== 0 ? messageOf(err, tr('api:error.internal')) : tr('api:error.unavailable'));
      setTimeout(() => errorRef.current?.focus(), 0);
    } finally {
      setBusy(false);
    }
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setBodyError('');
    setNotice('');
    try {
      await sendReporterMessage(api, receipt, draft);
      // The message is kept; a failed refresh only leaves the thread as it was shown.
      const refreshed = await lookupReceipt(api, receipt).catch(() => null);
      if (refreshed) setView(refreshed);
      setDraft('');
      setNotice(tr('status.added', view?.child ? { context: 'child' } : {}));
    } catch (err) {
      if (err instanceof ApiError && err.status !== 0) {
        setBodyError(err.fields.body ?? messageOf(err, tr('api:error.internal')));
        setTimeout(() => document.getElementById('status-body')?.focus(), 0);
      } else setBodyError(tr('report:error.network'));
    } finally {
      setBusy(false);
    }
  }

  const date = (iso: string) => formatDateTime(iso, locale);
  // A report a child made is read back in a child's words ("your secret number", "the people who help children").
  const child = view?.child === true;
  const t = (key: string, o?: Record<string, unknown>) => tr(key, { ...o, ...(child && { context: 'child' }) });

  if (view) {
    return (
      <section aria-labelledby="status-heading">
        <h2 id="status-heading" ref={headingRef} tabIndex={-1}>
          {t('status.reportTitle')}
        </h2>
        {/* The receipt is what the reporter keeps; the reference is only for staff who ask on the phone. */}
        <p className="app-form__hint">
          {t('status.referenceLabel')} <Code value={view.reference} testId="status-reference" reference />
        </p>
        <h3>{t('status.current')}</h3>
        <p data-testid="status">{t(`status.state.${view.status}`)}</p>
        <h3>{t('status.history')}</h3>
        <ol>
          {view.statusHistory.map((s) => (
            <li key={s.status + s.at}>
              {t(`status.stateName.${s.status}`)} – <time dateTime={s.at}>{date(s.at)}</time>
            </li>
          ))}
        </ol>
        <h3>{t('status.messagesTitle')}</h3>
        {view.messages.length ? (
          <ul className="app-thread" data-testid="thread">
            {view.messages.map((m) => (
              <li key={m.from + m.at}>
                {/* A reply is signed by the unit that wrote it; older messages, kept without one, by "staff". */}
                <strong>{m.from === 'staff' ? (m.unit?.[locale] ?? t('status.fromStaff')) : t('status.fromYou')}</strong>{' '}
                <time dateTime={m.at}>{date(m.at)}</time>
                <p dir="auto">{m.body}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('status.noMessages')}</p>
        )}
        <form onSubmit={add} onReset={forget} noValidate {...(plain && { method: 'post', action: '/api/reports/messages' })}>
          {plain && (
            <>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="receipt" value={receipt} />
            </>
          )}
          <h3>{t('status.addTitle')}</h3>
          {notice && <p role="status">{notice}</p>}
          <TextInput
            id="status-body"
            name="body"
            label={t('status.addLabel')}
            multiline
            maxLength={2000}
            value={draft}
            onChange={setDraft}
            error={bodyError}
            errorPrefix={t('api:field.errorPrefix')}
          />
          <button type="submit" disabled={busy}>
            {t('status.addSubmit')}
          </button>
        </form>
        <p>
          {plain ? (
            <a href={`/${locale}/report/status/`}>{t('status.forget')}</a>
          ) : (
            <button type="button" className="app-button--secondary" onClick={forget}>
              {t('status.forget')}
            </button>
          )}
        </p>
      </section>
    );
  }

  return (
    <form method="post" action="/api/reports/lookup" onSubmit={open} onReset={forget} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {error && <ErrorSummary prefix={t('api:field.errorPrefix')} message={error} focusRef={errorRef} />}
      <TextInput
        id="receipt"
        name="receipt"
        label={t('status.receiptLabel')}
        hint={t('status.receiptHint')}
        hintId="receipt-hint"
        inputMode="numeric"
        dir="ltr"
        maxLength={64}
        value={receipt}
        onChange={setReceipt}
        errorPrefix={t('api:field.errorPrefix')}
      />
      <button type="submit" disabled={busy}>
        {t('status.open')}
      </button>
    </form>
  );
}
