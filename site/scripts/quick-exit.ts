// GOV.UK "Exit this page": the link works without JavaScript; with it, a click or Shift pressed three
// times blanks the page at once and replaces it in history so Back does not return here.
const EXIT_URL = 'https://www.google.com/';

function exitNow(event?: Event) {
  event?.preventDefault();
  document.documentElement.classList.add('app-exit--active');
  document.title = '';
  for (const form of Array.from(document.forms)) form.reset();
  window.location.replace(EXIT_URL);
}

let shifts = 0;
let timer: number | undefined;
document.addEventListener('keydown', (e) => {
  if (e.key !== 'Shift' || e.repeat) return;
  shifts += 1;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => (shifts = 0), 1000);
  if (shifts >= 3) exitNow();
});
document.addEventListener('click', (e) => {
  const link = (e.target as Element | null)?.closest('[data-exit-link]');
  if (link) exitNow(e);
});
// Coming back from the back/forward cache: show the page again rather than a blank one.
window.addEventListener('pageshow', (e) => {
  if (e.persisted) document.documentElement.classList.remove('app-exit--active');
});
