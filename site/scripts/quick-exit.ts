export {}; // a module: its names stay out of the global scope

// GOV.UK "Exit this page": the link works without JavaScript; with it, a click or Shift pressed three times
// within 5 seconds blanks the page at once and replaces it in history so Back does not return here. Each Shift
// press lights one of three dots by the button and says how many are left (GOV.UK's indicator and announcement).
// Kept tiny (a test holds it to 2 KB gzip): it ships on every page, inline.
const root = document.documentElement;
const box = document.querySelector<HTMLElement>('[data-module="app-exit"]');
const indicator = box?.querySelector<HTMLElement>('[data-exit-indicator]');
const status = box?.querySelector<HTMLElement>('[data-exit-status]');
let title = document.title;

function exitNow(event?: Event, link?: HTMLAnchorElement | null) {
  event?.preventDefault();
  root.classList.add('app-exit--active');
  title = document.title;
  document.title = '';
  for (const form of Array.from(document.forms)) form.reset();
  const href = (link ?? document.querySelector<HTMLAnchorElement>('[data-exit-link]'))!.href;
  const go = () => window.location.replace(href);
  // The report form makes each step a history entry (appStep): go back to the page's first entry first, so the
  // replace drops the steps' entries too (a navigation prunes those ahead) and Back cannot reopen a step.
  const steps = (history.state as { appStep?: number } | null)?.appStep ?? 0;
  if (steps > 0) {
    window.addEventListener('popstate', go, { once: true });
    window.setTimeout(go, 500);
    history.go(-steps);
  } else go();
}

let shifts = 0;
let timer: number | undefined;
function show(count: number, message = '') {
  shifts = count;
  if (indicator) {
    indicator.hidden = count === 0;
    indicator.dataset.count = String(count);
    indicator.textContent = '●'.repeat(count) + '○'.repeat(3 - count); // one lit dot per press
  }
  if (status) status.textContent = message;
}
document.addEventListener('keydown', (e) => {
  // Any other key starts the count again: typing capitals in the report form must never leave the page.
  if (e.key !== 'Shift') {
    if (shifts) show(0);
    return;
  }
  if (e.repeat) return;
  // The 5 seconds run from the first press, as in GOV.UK's component.
  if (shifts === 0) timer = window.setTimeout(() => show(0, box?.dataset.expired), 5000);
  if (shifts + 1 >= 3) {
    window.clearTimeout(timer);
    show(3);
    exitNow();
    return;
  }
  show(shifts + 1, box?.dataset[`left-${2 - shifts}`]);
});
document.addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest?.<HTMLAnchorElement>('[data-exit-link], [data-exit-skip]');
  if (link) exitNow(e, link);
});
// Coming back from the back/forward cache: show the page again rather than a blank one.
window.addEventListener('pageshow', (e) => {
  if (!e.persisted) return;
  root.classList.remove('app-exit--active');
  document.title = title;
  show(0);
});
