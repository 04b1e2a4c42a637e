import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Api, ApiError, messageOf } from '../api/client.ts';
import { changePassword } from '../api/staff.ts';

/** A one-time password (set by an admin) must be replaced before anything else. */
export function ChangePassword({ api, onDone, onSignOut }: { api: Api; onDone: () => Promise<void>; onSignOut: () => void }) {
  const { t } = useTranslation(['staff', 'api']);
  const [error, setError] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    setBusy(true);
    try {
      await changePassword(api, { current: String(data.get('current') ?? ''), next: String(data.get('next') ?? '') });
      await onDone();
    } catch (err) {
      setFields(err instanceof ApiError ? err.fields : {});
      setError(messageOf(err, t('api:error.internal')));
    } finally {
      setBusy(false);
    }
  }

  const describedBy = (name: string, hint?: string) =>
    [hint, fields[name] ? `pw-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <section aria-labelledby="pw-title">
      <h2 id="pw-title" tabIndex={-1} ref={headingRef}>
        {t('password.title')}
      </h2>
      <p>{t('password.intro')}</p>
      {error && (
        <p role="alert" className="app-form__error">
          {error}
        </p>
      )}
      <form className="app-form" onSubmit={submit} noValidate>
        <div className="app-form__field">
          <label htmlFor="pw-current">{t('password.current')}</label>
          {fields.current && (
            <span className="app-form__error" id="pw-current-error">
              {fields.current}
            </span>
          )}
          <input
            id="pw-current"
            name="current"
            type="password"
            autoComplete="current-password"
            required
            dir="ltr"
            aria-invalid={!!fields.current}
            aria-describedby={describedBy('current')}
          />
        </div>
        <div className="app-form__field">
          <label htmlFor="pw-next">{t('password.next')}</label>
          <span className="app-form__hint" id="pw-next-hint">
            {t('password.nextHint')}
          </span>
          {fields.next && (
            <span className="app-form__error" id="pw-next-error">
              {fields.next}
            </span>
          )}
          <input
            id="pw-next"
            name="next"
            type="password"
            autoComplete="new-password"
            required
            dir="ltr"
            aria-invalid={!!fields.next}
            aria-describedby={describedBy('next', 'pw-next-hint')}
          />
        </div>
        <button type="submit" disabled={busy}>
          {t('password.submit')}
        </button>{' '}
        <button type="button" onClick={onSignOut}>
          {t('console.signOut')}
        </button>
      </form>
    </section>
  );
}
