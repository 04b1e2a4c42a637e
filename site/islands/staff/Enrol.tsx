import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Api, ApiError, messageOf } from '../api/client.ts';
import { confirmTotp, enrolTotp } from '../api/staff.ts';
import type { TotpSetup } from '../api/types.ts';

/** Two-step sign-in: a secret (QR code and text) for an authenticator app, a code to confirm it, recovery codes. */
export function Enrol({
  api,
  required,
  onDone,
  onSignOut,
}: {
  api: Api;
  required: boolean;
  onDone: () => Promise<void>;
  onSignOut?: () => void;
}) {
  const { t } = useTranslation(['staff', 'api']);
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState('');
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
    } catch (err) {
      setError((err instanceof ApiError ? err.fields.code : undefined) ?? messageOf(err, t('api:error.internal')));
    }
  }

  if (codes) {
    return (
      <section aria-labelledby="enrol-codes">
        <h2 id="enrol-codes" tabIndex={-1} ref={headingRef}>
          {t('enrol.recoveryTitle')}
        </h2>
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
      <h2 id="enrol-title" tabIndex={-1} ref={headingRef}>
        {t('enrol.title')}
      </h2>
      <p>{required ? t('enrol.required') : t('enrol.optional')}</p>
      {error && (
        <p role="alert" className="app-form__error">
          {error}
        </p>
      )}
      {!setup ? (
        <p>
          <button type="button" onClick={start}>
            {t('enrol.start')}
          </button>{' '}
          {onSignOut && (
            <button type="button" onClick={onSignOut}>
              {t('console.signOut')}
            </button>
          )}
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
          <div className="app-form__field">
            <label htmlFor="enrol-code">{t('enrol.codeLabel')}</label>
            <input id="enrol-code" name="code" autoComplete="one-time-code" inputMode="numeric" dir="ltr" required maxLength={8} />
          </div>
          <button type="submit">{t('enrol.confirm')}</button>
        </form>
      )}
    </section>
  );
}
