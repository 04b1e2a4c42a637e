export {}; // a module: its names stay out of the global scope
// GOV.UK "Exit this page": the link works without JavaScript; with it, a click or Shift pressed three
// times blanks the page at once and replaces it in history so Back does not return here.
// Kept tiny (a test holds it to 2 KB gzip): it ships on every page, inline.
const root = document.documentElement;
let title = document.title;

function exitNow(event?: Event) {
  event?.preventDefault();
  const link = document.querySelector<HTMLAnchorElement>('[data-exit-link]');
  root.classList.add('app-exit--active');
  title = document.title;
  document.title = '';
  for (const form of Array.from(document.forms)) form.reset();
  window.location.replace(link?.href ?? 'https://www.google.com/');
}

let shifts = 0;
let timer: number | undefined;
document.addEventListener('keydown', (e) => {
  // Any other key starts the count again: typing capitals in the report form must never leave the page.
  if (e.key !== 'Shift') {
    shifts = 0;
    return;
  }
  if (e.repeat) return;
  shifts += 1;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => (shifts = 0), 1000);
  if (shifts >= 3) {
    shifts = 0;
    exitNow();
  }
});
document.addEventListener('click', (e) => {
  if ((e.target as Element | null)?.closest?.('[data-exit-link]')) exitNow(e);
});
// Coming back from the back/forward cache: show the page again rather than a blank one.
window.addEventListener('pageshow', (e) => {
  if (!e.persisted) return;
  root.classList.remove('app-exit--active');
  document.title = title;
  shifts = 0;
});
