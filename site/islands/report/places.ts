// The provinces and districts the report form offers. The page carries the whole directory (about 160 districts)
// in its JavaScript-off form already; sent again as the island's props it cost 1.6 KB gzip on the Urdu report page
// (110 KB budget). So the server render takes them from a store the page fills at build time, and the browser reads
// them back from the server-rendered <select>s while hydrating (in the same order, so the first render matches).

export interface FormProvince {
  id: string;
  name: string;
  districts: { id: string; name: string }[];
}

const byLocale = new Map<string, readonly FormProvince[]>();

/** Called by the report page before rendering the island (build time, once per language). */
export function providePlaces(locale: string, provinces: readonly FormProvince[]): void {
  byLocale.set(locale, provinces);
}

/** On the server: what the page provided. In the browser: read from the form the server rendered. */
export function formPlaces(locale: string, formId: string): readonly FormProvince[] {
  if (typeof document === 'undefined') return byLocale.get(locale) ?? [];
  const form = document.getElementById(formId);
  if (!form) return [];
  const options = (sel: string) => [...form.querySelectorAll<HTMLOptionElement>(sel)].filter((o) => o.value);
  const groups = [...form.querySelectorAll('select[name="location.district"] optgroup')];
  return options('select[name="location.province"] option').map((p, i) => ({
    id: p.value,
    name: p.text,
    districts: [...(groups[i]?.querySelectorAll('option') ?? [])].map((d) => ({ id: d.value, name: d.text })),
  }));
}
