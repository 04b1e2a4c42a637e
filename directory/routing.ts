// The routing directory: provinces, districts and the intake queue each district's reports land in.
// Built from content/directory/ (reviewed like content) by a pure function; db/seed.ts writes it to the database.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { perLang } from '../domain/languages.ts';
import { getT } from '../locales/i18n.ts';

// Trimmed: the source data carries stray carriage returns at the end of many Urdu district names.
const localized = z.object(perLang(() => z.string().trim().min(1)));
const LocationsFile = z.object({
  provinces: z.array(z.object({ id: z.string(), name: localized, districts: z.array(z.object({ id: z.string(), name: localized })) })),
});
const evidence = z.enum(['confirmed', 'announced', 'unverified']);
const QueuesFile = z.object({
  national: z.object({ id: z.string(), name: localized }),
  provinces: z.record(
    z.string(),
    z.object({
      body: z.object({ id: z.string(), name: localized, source: z.string().optional(), evidence: evidence.default('confirmed') }),
      allDistricts: z.object({ evidence, source: z.string() }).optional(),
      units: z.array(z.object({ district: z.string(), evidence, source: z.string() })).default([]),
    }),
  ),
});

export type Localized = z.infer<typeof localized>;
export interface DirectoryQueue {
  id: string;
  kind: 'district' | 'provincial' | 'national';
  name: Localized;
  provinceId: string | null;
  districtId: string | null;
  evidence: 'confirmed' | 'announced' | 'unverified';
}
export interface DirectoryDistrict {
  id: string;
  provinceId: string;
  name: Localized;
  queueId: string;
}
export interface DirectoryProvince {
  id: string;
  name: Localized;
  districts: DirectoryDistrict[];
}
export interface Directory {
  provinces: DirectoryProvince[];
  queues: DirectoryQueue[];
  nationalQueueId: string;
}

/** `unknown` in every province: "other / not listed" on the form; routes to the provincial body. */
export const UNKNOWN_DISTRICT = 'unknown';
const UNKNOWN_NAME: Localized = perLang((lang) => getT(lang, 'api')('directory.unknownDistrict'));

export function buildDirectory(locationsRaw: unknown, queuesRaw: unknown): Directory {
  const locations = LocationsFile.parse(locationsRaw);
  const doc = QueuesFile.parse(queuesRaw);
  const queues: DirectoryQueue[] = [
    { id: doc.national.id, kind: 'national', name: doc.national.name, provinceId: null, districtId: null, evidence: 'confirmed' },
  ];
  const provinces: DirectoryProvince[] = [];

  for (const p of locations.provinces) {
    const spec = doc.provinces[p.id];
    if (!spec) throw new Error(`queues.yaml has no entry for province ${p.id}`);
    queues.push({
      id: spec.body.id,
      kind: 'provincial',
      name: spec.body.name,
      provinceId: p.id,
      districtId: null,
      evidence: spec.body.evidence,
    });
    const byDistrict = new Map(p.districts.map((d) => [d.id, d]));
    const unitFor = new Map<string, string>();
    const unitDistricts = spec.allDistricts ? p.districts.map((d) => ({ district: d.id, ...spec.allDistricts! })) : spec.units;
    for (const unit of unitDistricts) {
      const d = byDistrict.get(unit.district);
      if (!d) throw new Error(`queues.yaml names unknown district ${p.id}/${unit.district}`);
      // Announced units may not be open yet: keep routing to the provincial body until confirmed.
      if (unit.evidence !== 'confirmed') continue;
      const id = `cpu-${d.id}`;
      queues.push({
        id,
        kind: 'district',
        name: perLang((lang) => getT(lang, 'api')('directory.districtUnit', { district: d.name[lang] })),
        provinceId: p.id,
        districtId: d.id,
        evidence: unit.evidence,
      });
      unitFor.set(d.id, id);
    }
    provinces.push({
      id: p.id,
      name: p.name,
      districts: [
        ...p.districts.map((d) => ({ id: d.id, provinceId: p.id, name: d.name, queueId: unitFor.get(d.id) ?? spec.body.id })),
        { id: UNKNOWN_DISTRICT, provinceId: p.id, name: UNKNOWN_NAME, queueId: spec.body.id },
      ],
    });
  }
  const ids = new Set<string>();
  for (const q of queues) {
    if (ids.has(q.id)) throw new Error(`duplicate queue id ${q.id}`);
    ids.add(q.id);
  }
  return { provinces, queues, nationalQueueId: doc.national.id };
}

export function loadDirectory(contentDir: URL = new URL('../content/directory/', import.meta.url)): Directory {
  const locations = JSON.parse(readFileSync(new URL('locations.json', contentDir), 'utf8'));
  const queues = parseYaml(readFileSync(new URL('queues.yaml', contentDir), 'utf8'));
  return buildDirectory(locations, queues);
}

/** The province of a place nobody could name: "unknown" on the form, with district "unknown". */
export const UNKNOWN_PROVINCE = 'unknown';

/** The two look-ups routing needs, over the in-memory directory or the seeded database. */
export interface QueueLookup<Q> {
  national(): Q;
  district(province: string, district: string): Q;
}

/**
 * The routing rule, once: a place whose province is unknown goes to the national queue; any other place to the
 * queue of its district, which buildDirectory chose (the district's confirmed unit, else the provincial body; the
 * province's "unknown" district is its body). queueFor applies it to the directory, findQueue
 * (api/report-core/queries.ts) to the copy db/seed.ts wrote into the database, which is what intake reads.
 */
export function routeQueue<Q>(province: string, district: string, lookup: QueueLookup<Q>): Q {
  return province === UNKNOWN_PROVINCE ? lookup.national() : lookup.district(province, district);
}

/** The queue id a report from this place lands in (the same answer as findQueue on a seeded database). */
export function queueFor(directory: Directory, province: string, district: string): string | null {
  return routeQueue(province, district, {
    national: () => directory.nationalQueueId,
    district: (p, d) => directory.provinces.find((x) => x.id === p)?.districts.find((x) => x.id === d)?.queueId ?? null,
  });
}
