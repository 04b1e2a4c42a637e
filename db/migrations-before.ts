// For migration tests: a copy of the migrations folder with its journal cut just before the migration whose tag ends
// with `tag`, so a database can be made as it stood before that migration and then migrated the rest of the way.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsFolder } from './migrate.ts';

export function migrationsBefore(tag: string, dir: string): string {
  const before = join(dir, 'before');
  cpSync(migrationsFolder, before, { recursive: true });
  const journalPath = join(before, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag.endsWith(tag));
  if (cut < 1) throw new Error(`no migration tagged …${tag} after the first`);
  journal.entries = journal.entries.slice(0, cut);
  writeFileSync(journalPath, JSON.stringify(journal));
  return before;
}
