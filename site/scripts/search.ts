export {}; // a module: its names stay out of the global scope

// Pagefind search for /<lang>/search/: the form works as a GET form (?q=) and this script answers it.
// Pagefind picks the index of the page's <html lang>, so Urdu searches Urdu pages and English English ones.
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
  options?(o: object): Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('[data-module="app-search"]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const strings = JSON.parse(document.getElementById('app-search-strings')?.textContent ?? '{}') as Record<string, string>;
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));

let pagefind: Promise<Pagefind> | undefined;
// A runtime URL keeps the bundler from wrapping the import in its preload helper: Pagefind is built after Astro.
const load = () => (pagefind ??= import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href) as Promise<Pagefind>);

async function run(query: string) {
  if (!status || !list) return;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = strings.loading ?? '';
  try {
    const found = await (await load()).search(query);
    const results = found?.results ?? [];
    const pages = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    for (const page of pages) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = page.url;
      link.textContent = page.meta.title ?? page.url;
      const excerpt = document.createElement('p');
      // Pagefind's excerpt is escaped text with <mark> around the matches.
      excerpt.innerHTML = page.excerpt;
      item.append(link, excerpt);
      list.append(item);
    }
    status.textContent =
      results.length === 0
        ? fill(strings.none ?? '', { query })
        : fill(results.length === 1 ? strings.one! : strings.other!, { count: results.length, query });
  } catch (err) {
    console.error(err);
    status.textContent = strings.error ?? '';
  }
}

if (form && input) {
  document.querySelector('[data-search-nojs]')?.remove();
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value;
    history.replaceState(null, '', q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    void run(q);
  });
}
