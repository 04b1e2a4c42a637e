import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Api, ApiError, messageOf } from '../api/client.ts';
import { changePassword } from '../api/staff.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { Field } from '../form/Field.tsx';
import { describedBy, errorId } from '../form/ids.ts';

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

  const prefix = t('api:field.errorPrefix');
  const control = (name: 'current' | 'next', hint?: string) =>
    ({
      id: `pw-${name}`,
      name,
      type: 'password',
      required: true,
      dir: 'ltr',
      'aria-invalid': fields[name] ? true : undefined,
      'aria-describedby': describedBy(hint, fields[name] && errorId(`pw-${name}`)),
    }) as const;
  return (
    <section aria-labelledby="pw-title">
      <h1 id="pw-title" tabIndex={-1} ref={headingRef}>
        {t('password.title')}
      </h1>
      <p>{t('password.intro')}</p>
      {/* No links to the fields here: the field's message is shown once, beside the field (the e2e finds it by its text). */}
      {error && <ErrorSummary prefix={prefix} message={error} />}
      <form className="app-form" onSubmit={submit} noValidate>
        <Field id="pw-current" label={t('password.current')} error={fields.current} errorPrefix={prefix}>
          <input {...control('current')} autoComplete="current-password" />
        </Field>
        <Field
          id="pw-next"
          label={t('password.next')}
          hint={t('password.nextHint')}
          hintId="pw-next-hint"
          error={fields.next}
          errorPrefix={prefix}
        >
          <input {...control('next', 'pw-next-hint')} autoComplete="new-password" />
        </Field>
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
