// What the report form is given besides its strings, in one language: the places (from the routing directory),
// the emergency lines (every one, and each province's) and the cybercrime line. Read by the report page at build time and by the server's JavaScript-off pages alike.
import { emergencyNumbers, helplines } from '../../directory/helplines.ts';
import type { Directory } from '../../directory/routing.ts';
import type { Lang } from '../../domain/languages.ts';
import type { EmergencyNumbers } from '../islands/report/Emergency.tsx';
import type { FormProvince } from '../islands/report/places.ts';

export function reportFormData(locale: Lang, directory: Directory) {
  const provinces: FormProvince[] = directory.provinces.map((p) => ({
    id: p.id,
    name: p.name[locale],
    districts: p.districts.map((d) => ({ id: d.id, name: d.name[locale] })),
  }));
  // Every emergency line once, with where it works (the province is not yet known at the risk questions), and
  // each province's lines by index into that list (a few bytes), the child helpline first (emergencyNumbers).
  const used = [
    ...new Map(
      directory.provinces
        .flatMap((p) => emergencyNumbers(p.id))
        .concat(emergencyNumbers(null))
        .map((h) => [h.id, h]),
    ).values(),
  ];
  const emergency: EmergencyNumbers = {
    lines: used.map((h) => ({ number: h.number, name: h.name[locale], where: h.where[locale] })),
    all: emergencyNumbers(null).map((h) => used.indexOf(h)),
    byProvince: Object.fromEntries(directory.provinces.map((p) => [p.id, emergencyNumbers(p.id).map((h) => used.indexOf(h))])),
  };
  const cyberNumber = helplines.find((h) => h.id === 'nccia-1799')?.number ?? null;
  return { provinces, emergency, cyberNumber };
}
