// Admin account management: create, disable/enable, reset password or two-factor, change role and scope.
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Lang } from '../../domain/languages.ts';
import { ROLE_SCOPE, ROLES, type Role } from '../../domain/vocabulary.ts';
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
import { ErrorLinks, ErrorSummary } from './form/ErrorSummary.tsx';
import { Field } from './form/Field.tsx';
import { describedBy, errorId } from './form/ids.ts';
import { createIslandI18n, type IslandStrings } from './island-i18n.ts';

interface Props {
  locale: Lang;
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

function Manager({ locale }: { locale: Lang }) {
  const { t } = useTranslation(['dashboard', 'api', 'staff']);
  const api = useMemo(() => createApi(locale), [locale]);
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [options, setOptions] = useState<Options>({ queues: [], provinces: [], desks: [] });
  const [blocked, setBlocked] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // Why the new account was refused: shown in the form's error summary, the fields' own errors beside them.
  const [createError, setCreateError] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  // Counts refused attempts: focus moves to the summary after each one, once it is on the page (GOV.UK error summary).
  const [refused, setRefused] = useState(0);
  useEffect(() => {
    if (refused) summaryRef.current?.focus();
  }, [refused]);

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
    if (ROLE_SCOPE[role] === 'desk') return { role, ...(deskId ? { deskId } : {}) };
    const byProvince = ROLE_SCOPE[role] === 'province';
    return {
      role,
      ...(!byProvince && queueId ? { queueId } : {}),
      ...(byProvince && provinceId ? { provinceId } : {}),
    };
  };

  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    try {
      const created = await createAccount(api, { username: String(data.get('username') ?? '').trim(), ...scopeBody(data) });
      setFieldErrors({});
      setCreateError('');
      setNotice({
        kind: 'password',
        text: t('accounts.created', { username: created.account.username }),
        password: created.temporaryPassword,
      });
      form.reset();
    } catch (err) {
      setFieldErrors(err instanceof ApiError ? err.fields : {});
      setCreateError(messageOf(err, t('accounts.failed')));
      setRefused((n) => n + 1);
      setNotice(null);
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
    if (ROLE_SCOPE[a.role] === 'desk') return options.desks.find((d) => d.id === a.deskId)?.name[locale] ?? a.deskId ?? '';
    if (ROLE_SCOPE[a.role] === 'province') return options.provinces.find((p) => p.id === a.provinceId)?.name[locale] ?? a.provinceId ?? '';
    return a.queueId ? (options.queues.find((q) => q.id === a.queueId)?.name[locale] ?? a.queueId) : t('accounts.none');
  };

  const prefix = t('api:field.errorPrefix');
  const errorLinks = Object.entries(fieldErrors).map(([name, text]) => ({ href: `#${scopeFieldId('acc', name)}`, text }));

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
        {createError && (
          <ErrorSummary prefix={prefix} message={createError} focusRef={summaryRef}>
            {errorLinks.length > 0 && <ErrorLinks items={errorLinks} />}
          </ErrorSummary>
        )}
        <Field
          id="acc-username"
          label={t('accounts.username')}
          hint={t('accounts.usernameHint')}
          hintId="acc-username-hint"
          error={fieldErrors.username}
          errorPrefix={prefix}
        >
          <input
            id="acc-username"
            name="username"
            dir="ltr"
            autoComplete="off"
            required
            aria-describedby={describedBy('acc-username-hint', fieldErrors.username && errorId('acc-username'))}
            aria-invalid={fieldErrors.username ? true : undefined}
          />
        </Field>
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
              </td>
              <td>{a.totpEnabled ? t('accounts.on') : t('accounts.off')}</td>
              <td className="app-accounts__actions">
                <button type="button" onClick={() => command(a.username, a.disabled ? 'enable' : 'disable')}>
                  {t(a.disabled ? 'accounts.enable' : 'accounts.disable', { username: a.username })}
                </button>
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

/** The id of a create/edit form's control for an API field name (`deskId` → `acc-desk`). */
function scopeFieldId(prefix: string, name: string) {
  const control: Record<string, string> = { username: 'username', role: 'role', deskId: 'desk', provinceId: 'province', queueId: 'queue' };
  return `${prefix}-${control[name] ?? name}`;
}

function ScopeFields(props: { locale: Lang; options: Options; idPrefix: string; initial?: Account; errors: Record<string, string> }) {
  const { t } = useTranslation(['dashboard', 'staff', 'api']);
  const { locale, options, idPrefix, initial, errors } = props;
  const [role, setRole] = useState<Role>(initial?.role ?? 'officer');
  const prefix = t('api:field.errorPrefix');
  // One select of the scope: labelled, its API error beside it and describing it.
  const choice = (name: keyof AccountScope, label: string, value: string | null | undefined, items: [string, string][]) => {
    const id = scopeFieldId(idPrefix, name);
    const error = errors[name];
    return (
      <Field id={id} label={label} error={error} errorPrefix={prefix}>
        <select
          id={id}
          name={name}
          defaultValue={value ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(error && errorId(id))}
        >
          <option value="">{t('accounts.none')}</option>
          {items.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      </Field>
    );
  };
  const roleId = scopeFieldId(idPrefix, 'role');
  return (
    <>
      <Field id={roleId} label={t('accounts.role')} error={errors.role} errorPrefix={prefix}>
        <select
          id={roleId}
          name="role"
          value={role}
          onChange={(e) => setRole(e.target.value as Role)}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={describedBy(errors.role && errorId(roleId))}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`staff:role.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      {ROLE_SCOPE[role] === 'desk'
        ? choice(
            'deskId',
            t('accounts.desk'),
            initial?.deskId,
            options.desks.map((d) => [d.id, `${d.name[locale]}${d.confirmed ? '' : ` (${t('staff:actions.deskUnconfirmed')})`}`]),
          )
        : ROLE_SCOPE[role] === 'province'
          ? choice(
              'provinceId',
              t('accounts.province'),
              initial?.provinceId,
              options.provinces.map((p) => [p.id, p.name[locale]]),
            )
          : choice(
              'queueId',
              t('accounts.queue'),
              initial?.queueId,
              options.queues.map((q) => [q.id, q.name[locale]]),
            )}
    </>
  );
}
