// Fills the staff header's account and sign-out (layouts/Staff.astro documents the contract with the islands).
import { DEFAULT_LANG, isLang } from '../../domain/languages.ts';
import { createApi } from '../islands/api/client.ts';
import { signOut as endSession, getMe } from '../islands/api/staff.ts';

interface Session {
  username: string;
  role?: string;
  csrfToken?: string;
}

const shell = document.querySelector<HTMLElement>('[data-staff-shell]');
const account = shell?.querySelector<HTMLElement>('[data-staff-account]');
const name = shell?.querySelector<HTMLElement>('[data-staff-username]');
const signOut = shell?.querySelector<HTMLButtonElement>('[data-staff-signout]');
const status = shell?.querySelector<HTMLElement>('[data-staff-status]');
const lang = document.documentElement.lang;
const api = createApi(isLang(lang) ? lang : DEFAULT_LANG);

function show(session: Session | null) {
  api.setCsrfToken(session?.csrfToken ?? '');
  if (name) name.textContent = session?.username ?? '';
  if (account) account.hidden = !session;
  if (signOut) signOut.hidden = !session;
}

async function load() {
  try {
    show(await getMe(api));
  } catch {
    show(null);
  }
}

window.addEventListener('hifazat:staff-session', (e) => show((e as CustomEvent<Session | null>).detail));
signOut?.addEventListener('click', async () => {
  await endSession(api).catch(() => undefined);
  show(null);
  if (status) status.textContent = shell?.dataset.signedOut ?? '';
  // An island that handles the event calls preventDefault() and shows its sign-in form itself; until every
  // island does, the page reloads so none of them keeps showing a session that has ended.
  const handled = !window.dispatchEvent(new CustomEvent('hifazat:staff-session', { detail: null, cancelable: true }));
  if (!handled) window.location.reload();
});
void load();
