// Service desks (content/directory/desks.yaml): what a CPU officer may refer to, and what a partner account
// belongs to. Validated against the vocabulary and the routing directory when first read.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { perLang } from '../domain/languages.ts';
import { SERVICES } from '../domain/vocabulary.ts';
import { type Directory, loadDirectory } from './routing.ts';

const localized = z.object(perLang(() => z.string().trim().min(1)));
const DeskFile = z.object({
  desks: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      service: z.enum(SERVICES),
      district: z.string(),
      queue: z.string(),
      name: localized,
      source: z.string().min(1),
      confirmed: z.boolean(),
    }),
  ),
});
export type Desk = z.infer<typeof DeskFile>['desks'][number] & { province: string };

/** Pure: the desks file checked against the directory (known district and queue, unique ids). */
export function buildDesks(raw: unknown, directory: Directory): Desk[] {
  const seen = new Set<string>();
  const queueIds = new Set(directory.queues.map((q) => q.id));
  return DeskFile.parse(raw).desks.map((d) => {
    if (seen.has(d.id)) throw new Error(`desks.yaml repeats desk ${d.id}`);
    seen.add(d.id);
    const province = directory.provinces.find((p) => p.districts.some((x) => x.id === d.district));
    if (!province) throw new Error(`desks.yaml: desk ${d.id} names unknown district ${d.district}`);
    if (!queueIds.has(d.queue)) throw new Error(`desks.yaml: desk ${d.id} names unknown queue ${d.queue}`);
    return { ...d, province: province.id };
  });
}

let cached: Desk[] | null = null;
/** Every desk, read once from content/directory/desks.yaml. */
export function allDesks(): Desk[] {
  cached ??= buildDesks(parseYaml(readFileSync(new URL('../content/directory/desks.yaml', import.meta.url), 'utf8')), loadDirectory());
  return cached;
}

export function deskById(id: string | null | undefined): Desk | undefined {
  return id ? allDesks().find((d) => d.id === id) : undefined;
}

/** What anyone referring to a desk, or answering for it, sees of it (not its source or queue). */
export const deskView = (d: Desk) => ({ id: d.id, service: d.service, district: d.district, name: d.name, confirmed: d.confirmed });
