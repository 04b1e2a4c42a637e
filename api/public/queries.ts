import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { byName, districts, provinces } from '../../db/schema.ts';

/** Every province/region with its districts by name, "Other / not listed" last. */
export async function locationTree(db: Db) {
  const [provs, dists] = await Promise.all([
    db.select().from(provinces).orderBy(asc(provinces.sort)),
    db
      .select()
      .from(districts)
      .orderBy(asc(byName(districts.names))),
  ]);
  return {
    provinces: provs.map((p) => ({
      id: p.id,
      name: p.names,
      districts: dists
        .filter((d) => d.provinceId === p.id)
        .sort((a, b) => Number(a.id === 'unknown') - Number(b.id === 'unknown'))
        .map((d) => ({ id: d.id, name: d.names })),
    })),
  };
}

/** Answers once the database does. */
export async function ping(db: Db): Promise<void> {
  await db.$client.execute('SELECT 1');
}
