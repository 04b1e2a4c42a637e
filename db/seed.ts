// Reference data (provinces, districts, queues) from content/directory/ (demo staff: api/auth/demo-staff.ts).
// Every step is an upsert, so starting twice changes nothing and editing the directory changes the routing.
import { notInArray, sql } from 'drizzle-orm';
import type { Directory } from '../directory/routing.ts';
import type { Db } from './client.ts';
import { districts, provinces, queues } from './schema.ts';

const seeded = new WeakMap<Db, number>();
/** How often seedReference has rewritten `db`'s reference tables in this process: a copy of them compares it. */
export function referenceVersion(db: Db): number {
  return seeded.get(db) ?? 0;
}

export async function seedReference(db: Db, directory: Directory): Promise<void> {
  const excluded = (col: string) => sql.raw(`excluded.${col}`);
  const statements = [
    ...directory.queues.map((q) =>
      db
        .insert(queues)
        .values({
          id: q.id,
          kind: q.kind,
          names: q.name,
          provinceId: q.provinceId,
          districtId: q.districtId,
          evidence: q.evidence,
          active: true,
        })
        .onConflictDoUpdate({
          target: queues.id,
          set: {
            kind: excluded('kind'),
            names: excluded('names'),
            provinceId: excluded('province_id'),
            districtId: excluded('district_id'),
            evidence: excluded('evidence'),
            active: true,
          },
        }),
    ),
    // A queue dropped from the file keeps its reports but takes no new ones.
    db
      .update(queues)
      .set({ active: false })
      .where(
        notInArray(
          queues.id,
          directory.queues.map((q) => q.id),
        ),
      ),
    ...directory.provinces.map((p, i) =>
      db
        .insert(provinces)
        .values({ id: p.id, names: p.name, sort: i })
        .onConflictDoUpdate({ target: provinces.id, set: { names: excluded('names'), sort: excluded('sort') } }),
    ),
    ...directory.provinces.flatMap((p) =>
      p.districts.map((d) =>
        db
          .insert(districts)
          .values({ provinceId: p.id, id: d.id, names: d.name, queueId: d.queueId })
          .onConflictDoUpdate({
            target: [districts.provinceId, districts.id],
            set: { names: excluded('names'), queueId: excluded('queue_id') },
          }),
      ),
    ),
  ];
  await db.batch(statements as [(typeof statements)[number], ...(typeof statements)[number][]]);
  // Intake keeps a copy of the routing table (api/report-core/queries.ts): the next report must read this one.
  seeded.set(db, referenceVersion(db) + 1);
}
