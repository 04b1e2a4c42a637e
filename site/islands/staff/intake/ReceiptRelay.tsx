import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../domain/format.ts';
import { type Api, ApiError, messageOf } from '../../api/client.ts';
import { lookupCallerReceipt, relayCallerMessage } from '../../api/staff.ts';
import type { ReporterView } from '../../api/types.ts';
import { Code } from '../../form/Code.tsx';
import { ErrorSummary } from '../../form/ErrorSummary.tsx';
import { TextInput } from '../../form/TextInput.tsx';

interface Props {
  api: Api;
  /** The person moved here (a link, Back): the heading takes focus. */
  moved: boolean;
  onError(err: unknown): void;
}

/**
 * A caller reads out their receipt: the call-taker sees what the caller may hear (status, the unit's messages)
 * and types the caller's answer in. The receipt stays in memory, never in the address. Audit-logged by the API.
 */
export function ReceiptRelay({ api, moved, onError }: Props) {
  const { t } = useTranslation(['staff', 'report', 'api']);
  const locale = api.locale;
  const [receipt, setReceipt] = useState('');
  const [view, setView] = useState<ReporterView | null>(null);
  const [error, setError] = useState('');
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState('');
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [refused, setRefused] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the heading is focused when the view opens and when a report opens.
  useEffect(() => {
    if (moved || view) headingRef.current?.focus();
  }, [view?.reference]);
  useEffect(() => {
    if (refused) errorRef.current?.focus();
  }, [refused]);

  const failed = (err: unknown) => {
    onError(err);
    if (err instanceof ApiError && err.status === 404) return t('relay.notFound');
    return err instanceof ApiError && err.status === 0 ? t('api:error.unavailable') : messageOf(err, t('api:error.internal'));
  };

  async function open(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      setView(await lookupCallerReceipt(api, receipt));
      setError('');
      setNotice('');
    } catch (err) {
      setError(failed(err));
      setRefused((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  async function relay(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setNotice('');
    try {
      await relayCallerMessage(api, receipt, draft);
      setDraft('');
      setDraftError('');
      setNotice(t('relay.sent'));
      const refreshed = await lookupCallerReceipt(api, receipt).catch(() => null);
      if (refreshed) setView(refreshed);
    } catch (err) {
      // The typed words stay in the box whatever went wrong.
      setDraftError((err instanceof ApiError && err.fields.body) || failed(err));
      document.getElementById('relay-body')?.focus();
    } finally {
      setBusy(false);
    }
  }

  function close() {
    setView(null);
    setReceipt('');
    setDraft('');
    setNotice('');
    setDraftError('');
  }

  const prefix = t('api:field.errorPrefix');
  const date = (iso: string) => formatDateTime(iso, locale);

  return (
    <section aria-labelledby="relay-heading" className="app-intake">
      <h1 id="relay-heading" tabIndex={-1} ref={headingRef}>
        {view ? t('relay.openTitle', { reference: '' }) : t('relay.title')}
        {view && <bdi dir="ltr">{view.reference}</bdi>}
      </h1>
      {!view ? (
        <form className="app-form" onSubmit={open} noValidate>
          <p>{t('relay.intro')}</p>
          {error && <ErrorSummary prefix={prefix} message={error} focusRef={errorRef} />}
          <TextInput
            id="relay-receipt"
            name="receipt"
            label={t('relay.receiptLabel')}
            hint={t('relay.receiptHint')}
            hintId="relay-receipt-hint"
            inputMode="numeric"
            dir="ltr"
            maxLength={64}
            value={receipt}
            onChange={setReceipt}
            error={error || undefined}
            errorPrefix={prefix}
          />
          <button type="submit" disabled={busy}>
            {t('relay.open')}
          </button>
        </form>
      ) : (
        <>
          <p className="app-receipt">
            <Code value={receipt} testId="intake-receipt" large />
          </p>
          <h2>{t('report:status.current')}</h2>
          <p data-testid="relay-status">{t(`report:status.state.${view.status}`)}</p>
          <h2>{t('relay.messages')}</h2>
          <p>{t('relay.readOut')}</p>
          {view.messages.length ? (
            <ul className="app-staff__thread" data-testid="relay-thread">
              {view.messages.map((m) => (
                <li key={m.from + m.at}>
                  <strong>{m.from === 'staff' ? t('relay.fromUnit') : t('relay.fromCaller')}</strong>{' '}
                  <time dateTime={m.at}>{date(m.at)}</time>
                  <p dir="auto" className="app-staff__text">
                    {m.body}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('report:status.noMessages')}</p>
          )}
          <form className="app-form" onSubmit={relay} noValidate>
            <p role="status" className="app-staff__announce">
              {notice}
            </p>
            <TextInput
              id="relay-body"
              name="body"
              label={t('relay.replyLabel')}
              hint={t('relay.replyHint')}
              hintId="relay-body-hint"
              multiline
              maxLength={2000}
              value={draft}
              onChange={setDraft}
              error={draftError || undefined}
              errorPrefix={prefix}
            />
            <button type="submit" disabled={busy}>
              {t('relay.send')}
            </button>
          </form>
          <p>
            <button type="button" className="app-button--secondary" onClick={close}>
              {t('relay.close')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
