import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffApiError, type StaffApi } from './staff-api.ts';

interface Account {
  username: string;
  role: string;
  queueId: string | null;
  provinceId: string | null;
  totpEnabled: boolean;
  disabled: boolean;
  locked: boolean;
}
const ROLES = ['officer', 'supervisor', 'provincial', 'admin'];

/** Admins: the accounts list with disable/enable/unlock, and a form to create an account. */
export default function StaffAccounts({ api, self }: { api: StaffApi; self: string }) {
  const { t } = useTranslation('staff');
  const [accounts, setAccounts] = useState<Account[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');

  const load = useCallback(async () => setAccounts((await api.get<{ accounts: Account[] }>('/api/staff/accounts')).accounts), [api]);
  useEffect(() => {
    void load().catch(() => undefined);
  }, [load]);

  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const d = new FormData(form);
    try {
      const body = { username: String(d.get('username')), role: String(d.get('role')), password: String(d.get('password')), ...(d.get('scope') ? { scope: String(d.get('scope')) } : {}) };
      await api.post('/api/staff/accounts', body);
      setErrors({});
      setStatus(t('accounts.created', { username: body.username }));
      form.reset();
      await load();
    } catch (err) {
      setErrors(err instanceof StaffApiError ? { ...err.fields, _: err.message } : { _: String(err) });
    }
  }
  async function change(username: string, what: 'disable' | 'enable' | 'unlock') {
    setAccounts((await api.post<{ accounts: Account[] }>(`/api/staff/accounts/${encodeURIComponent(username)}/${what}`, {})).accounts);
  }
  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="app-form__error" id={`acc-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;

  return (
    <section aria-labelledby="accounts-heading">
      <h2 id="accounts-heading">{t('accounts.title')}</h2>
      <p role="status" className="app-staff__announce">
        {status}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('accounts.username')}</th>
            <th scope="col">{t('accounts.role')}</th>
            <th scope="col">{t('accounts.scope')}</th>
            <th scope="col">{t('accounts.twoStep')}</th>
            <th scope="col">{t('accounts.status')}</th>
            <th scope="col">
              <span className="app-visually-hidden">{t('actions.title')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.username} data-username={a.username}>
              <td>
                <bdi dir="ltr">{a.username}</bdi>
              </td>
              <td>{t(`console.role.${a.role}`)}</td>
              <td dir="ltr">{a.queueId ?? a.provinceId ?? '—'}</td>
              <td>{a.totpEnabled ? t('accounts.yes') : t('accounts.no')}</td>
              <td>{a.disabled ? t('accounts.disabled') : a.locked ? t('accounts.locked') : t('accounts.active')}</td>
              <td>
                <span role="group" aria-label={t('accounts.actionsFor', { username: a.username })}>
                  {a.username !== self && (
                    <button type="button" onClick={() => void change(a.username, a.disabled ? 'enable' : 'disable')}>
                      {a.disabled ? t('accounts.enable') : t('accounts.disable')}
                    </button>
                  )}{' '}
                  {a.locked && (
                    <button type="button" onClick={() => void change(a.username, 'unlock')}>
                      {t('accounts.unlock')}
                    </button>
                  )}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="app-form" onSubmit={create} noValidate>
        <h3>{t('accounts.create')}</h3>
        {errors._ && (
          <p role="alert" className="app-form__error">
            {errors._}
          </p>
        )}
        <div className="app-form__field">
          <label htmlFor="acc-username">{t('accounts.username')}</label>
          <p className="app-form__hint" id="acc-username-hint">
            {t('accounts.usernameHint')}
          </p>
          {fieldError('username')}
          <input id="acc-username" name="username" dir="ltr" required autoComplete="off" aria-describedby="acc-username-hint" aria-invalid={errors.username ? true : undefined} />
        </div>
        <div className="app-form__field">
          <label htmlFor="acc-role">{t('accounts.role')}</label>
          <select id="acc-role" name="role" defaultValue="officer">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`console.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="app-form__field">
          <label htmlFor="acc-scope">{t('accounts.scope')}</label>
          {fieldError('scope')}
          <input id="acc-scope" name="scope" dir="ltr" aria-invalid={errors.scope ? true : undefined} />
        </div>
        <div className="app-form__field">
          <label htmlFor="acc-password">{t('accounts.password')}</label>
          <p className="app-form__hint" id="acc-password-hint">
            {t('accounts.passwordHint')}
          </p>
          {fieldError('password')}
          <input id="acc-password" name="password" type="password" dir="ltr" required autoComplete="new-password" aria-describedby="acc-password-hint" aria-invalid={errors.password ? true : undefined} />
        </div>
        <button type="submit">{t('accounts.create')}</button>
      </form>
    </section>
  );
}
