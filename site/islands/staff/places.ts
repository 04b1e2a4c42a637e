// Province and district names in the console's language, keyed 'province' and 'province/district', from GET /api/locations.

import { useEffect, useState } from 'react';
import type { Lang } from '../../../domain/languages.ts';
import type { Api } from '../api/client.ts';
import { locations } from '../api/staff.ts';
import type { Locations } from '../api/types.ts';

export type Places = Record<string, string>;

export function placesOf(data: Locations, locale: Lang): Places {
  const map: Places = {};
  for (const p of data.provinces) {
    map[p.id] = p.name[locale];
    for (const d of p.districts) map[`${p.id}/${d.id}`] = d.name[locale];
  }
  return map;
}

/** The names, once loaded; ids are shown until then (and if the call fails). */
export function usePlaces(api: Api): Places {
  const [places, setPlaces] = useState<Places>({});
  useEffect(() => {
    locations(api)
      .then((data) => setPlaces(placesOf(data, api.locale)))
      .catch(() => undefined);
  }, [api]);
  return places;
}
