// After revising a translated page to match its English source, record that English version in the page's
// frontmatter: `node tests/content/stamp-translations.ts [--lang <code>] <slug>...` (the language defaults to the
// registry's second, the first translation; never stamp a page you did not revise).
import { writeFileSync } from 'node:fs';
import { DEFAULT_LANG, isLang, LANGS } from '../../domain/languages.ts';
import { bodyHash, readPage } from './content-lib.ts';

const args = process.argv.slice(2);
const langAt = args.indexOf('--lang');
const lang = langAt >= 0 ? args[langAt + 1] : LANGS[1];
const slugs = langAt >= 0 ? args.filter((_, i) => i !== langAt && i !== langAt + 1) : args;
if (slugs.length === 0 || !isLang(lang) || lang === DEFAULT_LANG) {
  process.stderr.write(`usage: node tests/content/stamp-translations.ts [--lang ${LANGS.slice(1).join('|')}] <slug>...\n`);
  process.exit(2);
}
for (const slug of slugs) {
  const hash = bodyHash(readPage(DEFAULT_LANG, slug).body);
  const ur = readPage(lang, slug);
  const fm = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(ur.raw)!;
  const lines = fm[1]!.split(/\r?\n/).filter((l) => !l.startsWith('translationOf:'));
  lines.push(`translationOf: ${hash}`);
  writeFileSync(ur.file, `---\n${lines.join('\n')}\n---\n${ur.body}`);
  process.stdout.write(`${lang}/${slug}: translationOf ${hash}\n`);
}
