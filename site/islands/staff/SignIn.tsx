import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Api, ApiError, messageOf } from '../api/client.ts';
import { signIn } from '../api/staff.ts';

/** Sign-in: username, password and (where set up) the two-step code. Posts as a plain form without JavaScript. */
export function SignIn({ api, notice, onSignedIn }: { api: Api; notice: string; onSignedIn: () => Promise<void> }) {
  const { t } = useTranslation(['staff', 'api']);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const totpRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    const totp = String(data.get('totp') ?? '').trim();
    try {
      await signIn(api, {
        username: String(data.get('username') ?? ''),
        password: String(data.get('password') ?? ''),
        ...(totp ? { totp } : {}),
      });
      setBusy(false);
      setError('');
      await onSignedIn();
    } catch (err) {
      setBusy(false);
      setError(messageOf(err, t('login.failed')));
      if (err instanceof ApiError && err.fields.totp) totpRef.current?.focus();
      else requestAnimationFrame(() => errorRef.current?.focus());
    }
  }

  return (
    <form className="app-form" onSubmit={submit} method="post" action="/api/staff/session" noValidate>
      <h2>{t('login.title')}</h2>
      {notice && !error && <p role="status">{notice}</p>}
      {error && (
        <p role="alert" className="app-form__error" tabIndex={-1} ref={errorRef}>
          {error}
        </p>
      )}
      <div className="app-form__field">
        <label htmlFor="username">{t('login.username')}</label>
        <input id="username" name="username" autoComplete="username" required dir="ltr" autoCapitalize="none" spellCheck={false} />
      </div>
      <div className="app-form__field">
        <label htmlFor="password">{t('login.password')}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required dir="ltr" />
      </div>
      <div className="app-form__field">
        <label htmlFor="totp">{t('login.totp')}</label>
        <p className="app-form__hint" id="totp-hint">
          {t('login.totpHint')}
        </p>
        <input
          id="totp"
          name="totp"
          ref={totpRef}
          autoComplete="one-time-code"
          inputMode="text"
          dir="ltr"
          aria-describedby="totp-hint"
          maxLength={16}
        />
      </div>
      <button type="submit" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}
