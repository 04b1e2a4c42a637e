import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Api, ApiError, messageOf } from '../api/client.ts';
import { confirmTotp, enrolTotp } from '../api/staff.ts';
import type { TotpSetup } from '../api/types.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { Field } from '../form/Field.tsx';
import { describedBy, errorId } from '../form/ids.ts';

/** Two-step sign-in: a secret (QR code and text) for an authenticator app, a code to confirm it, recovery codes. */
/** Every account enrols at its first sign-in and may do nothing else until it has (api/kernel/guard.ts). */
export function Enrol({ api, onDone, onSignOut }: { api: Api; onDone: () => Promise<void>; onSignOut: () => void }) {
  const { t } = useTranslation(['staff', 'api']);
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState('');
  // The API's message for the code field, shown beside it; `error` is the form's message.
  const [codeError, setCodeError] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the heading changes when the codes arrive; focus follows it.
  useEffect(() => headingRef.current?.focus(), [codes]);

  async function start() {
    setError('');
    try {
      setSetup(await enrolTotp(api));
    } catch (err) {
      setError(messageOf(err, t('api:error.internal')));
    }
  }
  async function confirm(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const code = String(new FormData(e.currentTarget).get('code') ?? '');
    try {
      const res = await confirmTotp(api, code);
      setCodes(res.recoveryCodes);
      setError('');
      setCodeError('');
    } catch (err) {
      const field = err instanceof ApiError ? err.fields.code : undefined;
      setCodeError(field ?? '');
      setError(field ?? messageOf(err, t('api:error.internal')));
    }
  }

  if (codes) {
    return (
      <section aria-labelledby="enrol-codes">
        <h1 id="enrol-codes" tabIndex={-1} ref={headingRef}>
          {t('enrol.recoveryTitle')}
        </h1>
        <p role="status">{t('enrol.enabled')}</p>
        <p>{t('enrol.recoveryIntro')}</p>
        <ul className="app-staff__codes" dir="ltr" data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button type="button" onClick={() => void onDone()}>
          {t('enrol.continue')}
        </button>
      </section>
    );
  }
  return (
    <section aria-labelledby="enrol-title">
      <h1 id="enrol-title" tabIndex={-1} ref={headingRef}>
        {t('enrol.title')}
      </h1>
      <p>{t('enrol.required')}</p>
      {error && <ErrorSummary prefix={t('api:field.errorPrefix')} message={error} />}
      {!setup ? (
        <p>
          <button type="button" onClick={start}>
            {t('enrol.start')}
          </button>{' '}
          <button type="button" onClick={onSignOut}>
            {t('console.signOut')}
          </button>
        </p>
      ) : (
        <form className="app-form" onSubmit={confirm}>
          <p>{t('enrol.scan')}</p>
          <img src={setup.qr} alt={t('enrol.qrAlt')} width={200} height={200} className="app-staff__qr" />
          <p>
            {t('enrol.secretLabel')}:{' '}
            <code dir="ltr" data-testid="totp-secret">
              {setup.secret}
            </code>
          </p>
          <Field id="enrol-code" label={t('enrol.codeLabel')} error={codeError || undefined} errorPrefix={t('api:field.errorPrefix')}>
            <input
              id="enrol-code"
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              dir="ltr"
              required
              maxLength={8}
              aria-invalid={codeError ? true : undefined}
              aria-describedby={describedBy(codeError && errorId('enrol-code'))}
            />
          </Field>
          <button type="submit">{t('enrol.confirm')}</button>
        </form>
      )}
    </section>
  );
}
