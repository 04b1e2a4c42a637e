// After revising an Urdu page to match its English source, record that English version in the Urdu
// frontmatter: `node tests/content/stamp-translations.ts <slug>...` (never stamp a page you did not revise).
import { writeFileSync } from 'node:fs';
import { bodyHash, readPage } from './content-lib.ts';

const slugs = process.argv.slice(2);
if (slugs.length === 0) {
  process.stderr.write('usage: node tests/content/stamp-translations.ts <slug>...\n');
  process.exit(2);
}
for (const slug of slugs) {
  const hash = bodyHash(readPage('en', slug).body);
  const ur = readPage('ur', slug);
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(ur.raw)!;
  const lines = fm[1]!.split(/\r?\n/).filter((l) => !l.startsWith('translationOf:'));
  lines.push(`translationOf: ${hash}`);
  writeFileSync(ur.file, `---\n${lines.join('\n')}\n---\n${ur.body}`);
  process.stdout.write(`ur/${slug}: translationOf ${hash}\n`);
}
