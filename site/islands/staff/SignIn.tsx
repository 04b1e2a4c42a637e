import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Api, ApiError, messageOf } from '../api/client.ts';
import { signIn } from '../api/staff.ts';
import { ErrorLinks, ErrorSummary } from '../form/ErrorSummary.tsx';
import { Field } from '../form/Field.tsx';
import { describedBy, errorId } from '../form/ids.ts';

const FIELDS = ['username', 'password', 'totp'] as const;

/** Sign-in: username, password and the two-step code (empty at the first sign-in, which enrols next). Posts as a plain form without JavaScript. */
export function SignIn({ api, notice, onSignedIn }: { api: Api; notice: string; onSignedIn: () => Promise<void> }) {
  const { t } = useTranslation(['staff', 'api']);
  const [error, setError] = useState('');
  // The API's field errors (e.g. the two-step code is needed), shown beside their fields as well as in the summary.
  const [fields, setFields] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const totpRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const prefix = t('api:field.errorPrefix');
  // Refused attempts whose summary takes focus: focused once it is on the page (a frame's wait could come before it).
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused) errorRef.current?.focus();
  }, [refused]);

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
      setFields({});
      await onSignedIn();
    } catch (err) {
      setBusy(false);
      setError(messageOf(err, t('login.failed')));
      setFields(err instanceof ApiError ? err.fields : {});
      // The code field is where the person has to act next, so focus goes there; otherwise to the summary.
      if (err instanceof ApiError && err.fields.totp) totpRef.current?.focus();
      else setRefused((n) => n + 1);
    }
  }

  const fieldError = (name: (typeof FIELDS)[number]) => (error ? fields[name] : undefined);
  const invalid = (name: (typeof FIELDS)[number]) => ({
    'aria-invalid': fieldError(name) ? true : undefined,
    'aria-describedby': describedBy(name === 'totp' && 'totp-hint', fieldError(name) && errorId(name)),
  });
  const links = FIELDS.flatMap((name) => (fieldError(name) ? [{ href: `#${name}`, text: fieldError(name) }] : []));

  return (
    <form className="app-form" onSubmit={submit} method="post" action="/api/staff/session" noValidate>
      <h1>{t('login.title')}</h1>
      <p>{t('login.protection')}</p>
      {notice && !error && <p role="status">{notice}</p>}
      {error && (
        <ErrorSummary prefix={prefix} message={error} focusRef={errorRef}>
          {links.length > 0 && <ErrorLinks items={links} />}
        </ErrorSummary>
      )}
      <Field id="username" label={t('login.username')} error={fieldError('username')} errorPrefix={prefix}>
        <input
          id="username"
          name="username"
          autoComplete="username"
          required
          dir="ltr"
          autoCapitalize="none"
          spellCheck={false}
          {...invalid('username')}
        />
      </Field>
      <Field id="password" label={t('login.password')} error={fieldError('password')} errorPrefix={prefix}>
        <input id="password" name="password" type="password" autoComplete="current-password" required dir="ltr" {...invalid('password')} />
      </Field>
      <Field
        id="totp"
        label={t('login.totp')}
        hint={t('login.totpHint')}
        hintId="totp-hint"
        error={fieldError('totp')}
        errorPrefix={prefix}
      >
        <input
          id="totp"
          name="totp"
          ref={totpRef}
          autoComplete="one-time-code"
          inputMode="text"
          dir="ltr"
          maxLength={16}
          {...invalid('totp')}
        />
      </Field>
      <button type="submit" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}
