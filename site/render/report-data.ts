// What the report form is given besides its strings, in one language: the places (from the routing directory),
// every emergency line with where it works (the province is not yet known at the danger question) and the
// cybercrime line. Read by the report page at build time and by the server's JavaScript-off pages alike.
import { emergencyNumbers, helplines } from '../../directory/helplines.ts';
import type { Directory } from '../../directory/routing.ts';
import type { Lang } from '../../domain/languages.ts';
import type { EmergencyLine } from '../islands/report/Emergency.tsx';
import type { FormProvince } from '../islands/report/places.ts';

export function reportFormData(locale: Lang, directory: Directory) {
  const provinces: FormProvince[] = directory.provinces.map((p) => ({
    id: p.id,
    name: p.name[locale],
    districts: p.districts.map((d) => ({ id: d.id, name: d.name[locale] })),
  }));
  const emergency: EmergencyLine[] = emergencyNumbers(null).map((h) => ({
    number: h.number,
    name: h.name[locale],
    where: h.where[locale],
  }));
  const cyberNumber = helplines.find((h) => h.id === 'nccia-1799')?.number ?? null;
  return { provinces, emergency, cyberNumber };
}
