// Admin account management: create, disable/enable, unlock, reset password or two-factor, change role and scope.
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ROLES } from '../../domain/vocabulary.ts';
import type { Locale } from '../../locales/index.ts';
import {
  type AccountCommand,
  accountCommand,
  accountOptions,
  changeAccount,
  createAccount,
  listAccounts,
  resetPassword,
} from './api/accounts.ts';
import { ApiError, createApi, firstMessageOf, messageOf } from './api/client.ts';
import { getMe } from './api/staff.ts';
import type { Account, AccountChanged, AccountScope, AccountWithPassword, AccountOptions as Options } from './api/types.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

type Notice = { kind: 'password'; text: string; password: string } | { kind: 'done' | 'error'; text: string } | null;

export default function Accounts(props: Props) {
  const i18n = useMemo(() => createIslandI18n(props.locale, props.strings), [props.locale, props.strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Manager locale={props.locale} />
    </I18nextProvider>
  );
}

function Manager({ locale }: { locale: Locale }) {
  const { t } = useTranslation(['dashboard', 'api', 'staff']);
  const api = useMemo(() => createApi(locale), [locale]);
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [options, setOptions] = useState<Options>({ queues: [], provinces: [], desks: [] });
  const [blocked, setBlocked] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  const load = useCallback(async () => {
    try {
      const self = await getMe(api);
      // A one-time password or missing two-step sign-in is finished on the console before anything else.
      if (self.mustChangePassword || (self.totpRequired && !self.totpEnabled)) return setBlocked(t('accounts.finishSignIn'));
      const [list, opts] = await Promise.all([listAccounts(api), accountOptions(api)]);
      setAccounts(list.accounts);
      setOptions(opts);
    } catch (err) {
      const status = err instanceof ApiError ? err.status : 0;
      setBlocked(status === 401 ? t('page.signedOut') : status === 403 ? t('accounts.forbidden') : t('accounts.failed'));
    }
  }, [api, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const scopeBody = (data: FormData): AccountScope => {
    // One of the select's ROLES; the API checks it all the same.
    const role = String(data.get('role')) as AccountScope['role'];
    const queueId = String(data.get('queueId') ?? '');
    const provinceId = String(data.get('provinceId') ?? '');
    const deskId = String(data.get('deskId') ?? '');
    if (role === 'partner') return { role, ...(deskId ? { deskId } : {}) };
    return {
      role,
      ...(role !== 'provincial' && queueId ? { queueId } : {}),
      ...(role === 'provincial' && provinceId ? { provinceId } : {}),
    };
  };

  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    try {
      const created = await createAccount(api, { username: String(data.get('username') ?? '').trim(), ...scopeBody(data) });
      setFieldErrors({});
      setNotice({
        kind: 'password',
        text: t('accounts.created', { username: created.account.username }),
        password: created.temporaryPassword,
      });
      form.reset();
    } catch (err) {
      setFieldErrors(err instanceof ApiError ? err.fields : {});
      setNotice({ kind: 'error', text: messageOf(err, t('accounts.failed')) });
      return;
    }
    await load();
  }

  async function act(username: string, change: () => Promise<AccountChanged | AccountWithPassword>) {
    try {
      const answer = await change();
      if ('temporaryPassword' in answer)
        setNotice({ kind: 'password', text: t('accounts.passwordReset', { username }), password: answer.temporaryPassword });
      else setNotice({ kind: 'done', text: t('accounts.done', { username }) });
    } catch (err) {
      setNotice({ kind: 'error', text: firstMessageOf(err, t('accounts.failed')) });
    }
    await load();
  }
  const command = (username: string, c: AccountCommand) => act(username, () => accountCommand(api, username, c));

  const scopeText = (a: Account) => {
    if (a.role === 'partner') return options.desks.find((d) => d.id === a.deskId)?.name[locale] ?? a.deskId ?? '';
    if (a.role === 'provincial') return options.provinces.find((p) => p.id === a.provinceId)?.name[locale] ?? a.provinceId ?? '';
    return a.queueId ? (options.queues.find((q) => q.id === a.queueId)?.name[locale] ?? a.queueId) : t('accounts.none');
  };

  if (blocked) return <p role="alert">{blocked}</p>;
  if (!accounts) return <p>{t('accounts.loading')}</p>;

  return (
    <div className="app-accounts">
      <div aria-live="polite" role="status">
        {notice && (
          <div className={notice.kind === 'error' ? 'app-form__error' : 'app-accounts__notice'}>
            <p>{notice.text}</p>
            {notice.kind === 'password' && (
              <p className="app-code" dir="ltr" data-testid="temporary-password">
                {notice.password}
              </p>
            )}
          </div>
        )}
      </div>

      <form className="app-form" onSubmit={create} noValidate aria-labelledby="acc-create-title">
        <h2 id="acc-create-title">{t('accounts.createTitle')}</h2>
        <div className="app-form__field">
          <label htmlFor="acc-username">{t('accounts.username')}</label>
          <span className="app-form__hint" id="acc-username-hint">
            {t('accounts.usernameHint')}
          </span>
          {fieldErrors.username && (
            <span className="app-form__error" id="acc-username-error">
              {fieldErrors.username}
            </span>
          )}
          <input
            id="acc-username"
            name="username"
            dir="ltr"
            autoComplete="off"
            required
            aria-describedby={`acc-username-hint${fieldErrors.username ? ' acc-username-error' : ''}`}
            aria-invalid={!!fieldErrors.username}
          />
        </div>
        <ScopeFields locale={locale} options={options} idPrefix="acc" errors={fieldErrors} />
        <button type="submit">{t('accounts.create')}</button>
      </form>

      <h2>{t('accounts.listTitle')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('accounts.username')}</th>
            <th scope="col">{t('accounts.role')}</th>
            <th scope="col">{t('accounts.scope')}</th>
            <th scope="col">{t('accounts.status')}</th>
            <th scope="col">{t('accounts.twoFactor')}</th>
            <th scope="col">{t('accounts.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.username} data-username={a.username}>
              <th scope="row">
                <bdi dir="ltr">{a.username}</bdi>
              </th>
              <td>{t(`staff:role.${a.role}`)}</td>
              <td>{scopeText(a)}</td>
              <td data-testid="status">
                {a.disabled ? t('accounts.disabledState') : t('accounts.active')}
                {a.mustChangePassword && <> ({t('accounts.mustChange')})</>}
                {a.locked && <> ({t('accounts.locked')})</>}
              </td>
              <td>{a.totpEnabled ? t('accounts.on') : t('accounts.off')}</td>
              <td className="app-accounts__actions">
                <button type="button" onClick={() => command(a.username, a.disabled ? 'enable' : 'disable')}>
                  {t(a.disabled ? 'accounts.enable' : 'accounts.disable', { username: a.username })}
                </button>
                {a.locked && (
                  <button type="button" onClick={() => command(a.username, 'unlock')}>
                    {t('accounts.unlock', { username: a.username })}
                  </button>
                )}
                <button type="button" onClick={() => act(a.username, () => resetPassword(api, a.username))}>
                  {t('accounts.resetPassword', { username: a.username })}
                </button>
                {a.totpEnabled && (
                  <button type="button" onClick={() => command(a.username, 'reset-two-factor')}>
                    {t('accounts.resetTwoFactor', { username: a.username })}
                  </button>
                )}
                <details>
                  <summary>{t('accounts.changeRole')}</summary>
                  <form
                    aria-label={`${t('accounts.changeRole')}: ${a.username}`}
                    onSubmit={(e) => {
                      e.preventDefault();
                      const scope = scopeBody(new FormData(e.currentTarget));
                      void act(a.username, () => changeAccount(api, a.username, scope));
                    }}
                  >
                    <ScopeFields locale={locale} options={options} idPrefix={`edit-${a.username}`} initial={a} errors={{}} />
                    <button type="submit">{t('accounts.save', { username: a.username })}</button>
                  </form>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ScopeFields(props: { locale: Locale; options: Options; idPrefix: string; initial?: Account; errors: Record<string, string> }) {
  const { t } = useTranslation(['dashboard', 'staff']);
  const { locale, options, idPrefix: id, initial, errors } = props;
  const [role, setRole] = useState<string>(initial?.role ?? 'officer');
  return (
    <>
      <div className="app-form__field">
        <label htmlFor={`${id}-role`}>{t('accounts.role')}</label>
        <select id={`${id}-role`} name="role" value={role} onChange={(e) => setRole(e.target.value)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`staff:role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {role === 'partner' ? (
        <div className="app-form__field">
          <label htmlFor={`${id}-desk`}>{t('accounts.desk')}</label>
          {errors.deskId && <span className="app-form__error">{errors.deskId}</span>}
          <select id={`${id}-desk`} name="deskId" defaultValue={initial?.deskId ?? ''}>
            <option value="">{t('accounts.none')}</option>
            {options.desks.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name[locale]}
                {d.confirmed ? '' : ` (${t('staff:actions.deskUnconfirmed')})`}
              </option>
            ))}
          </select>
        </div>
      ) : role === 'provincial' ? (
        <div className="app-form__field">
          <label htmlFor={`${id}-province`}>{t('accounts.province')}</label>
          {errors.provinceId && <span className="app-form__error">{errors.provinceId}</span>}
          <select id={`${id}-province`} name="provinceId" defaultValue={initial?.provinceId ?? ''}>
            <option value="">{t('accounts.none')}</option>
            {options.provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name[locale]}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <div className="app-form__field">
          <label htmlFor={`${id}-queue`}>{t('accounts.queue')}</label>
          {errors.queueId && <span className="app-form__error">{errors.queueId}</span>}
          <select id={`${id}-queue`} name="queueId" defaultValue={initial?.queueId ?? ''}>
            <option value="">{t('accounts.none')}</option>
            {options.queues.map((q) => (
              <option key={q.id} value={q.id}>
                {q.name[locale]}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
