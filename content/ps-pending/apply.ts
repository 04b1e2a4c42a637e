// Brings Pashto up to the English of this round's other branches once they are on main:
//   node content/ps-pending/apply.ts
// It adds the Pashto of new locale keys (keys.json), the twelve new guidance pages (pages/), the edits to pages
// whose English changed (patches.json) and the names of new laws and helpline fields (data.json), then prints what
// it did and what is still missing. It only writes Pashto files; run the Pashto tests after it:
//   npx vitest run tests/site/pashto-codepoints.test.ts
// Delete this folder once everything in it has been applied.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { bodyHash, splitPage } from '../../tests/content/content-lib.ts';

type Tree = { [k: string]: string | Tree };
const root = new URL('../../', import.meta.url);
const here = new URL('./', import.meta.url);
const readJson = <T>(url: URL): T => JSON.parse(readFileSync(url, 'utf8')) as T;
const write = (url: URL, text: string) => writeFileSync(url, text);

const pending = readJson<{ keys: Record<string, Record<string, { en: string; ps: string }>> }>(new URL('keys.json', here));
// The page drafts and edits were applied when the content branch reached main; their files are gone, so only
// pages whose English changed since are reported (as stale).
const patchesUrl = new URL('patches.json', here);
const { patches, translates } = existsSync(patchesUrl)
  ? readJson<{ patches: Record<string, [string, string][]>; translates: Record<string, string> }>(patchesUrl)
  : { patches: {} as Record<string, [string, string][]>, translates: {} as Record<string, string> };
const data = readJson<{ laws: Record<string, string>; helplines: Record<string, Record<string, string>> }>(new URL('data.json', here));
const done: Record<string, string[]> = { keysAdded: [], keysMissing: [], keysToReview: [], keysRemoved: [], pagesAdded: [], pagesUpdated: [], pagesStale: [], pagesMissing: [], namesMissing: [] };

// 1. Locale keys, in the order English has them.
for (const file of readdirSync(new URL('locales/en/', root)).filter((f) => f.endsWith('.json'))) {
  const ns = file.slice(0, -5);
  const en = readJson<Tree>(new URL(`locales/en/${file}`, root));
  const psUrl = new URL(`locales/ps/${file}`, root);
  const ps = existsSync(psUrl) ? readJson<Tree>(psUrl) : {};
  const build = (e: Tree, p: Tree, prefix: string): Tree => {
    const out: Tree = {};
    for (const [k, v] of Object.entries(e)) {
      const key = prefix + k;
      // A proposal applies only to the English it was written for: a new key, or one whose English changed to it.
      const proposal = pending.keys[ns]?.[key];
      const fits = proposal !== undefined && proposal.en === v;
      if (typeof v !== 'string') out[k] = build(v, typeof p[k] === 'object' ? (p[k] as Tree) : {}, `${key}.`);
      else if (fits && p[k] !== proposal.ps) {
        out[k] = proposal.ps;
        done.keysAdded!.push(`${ns}:${key}${typeof p[k] === 'string' ? ' (English changed)' : ''}`);
      } else if (typeof p[k] === 'string') out[k] = p[k];
      else {
        done.keysMissing!.push(`${ns}:${key}`);
        if (proposal) done.keysToReview!.push(`${ns}:${key}: Pashto was written for “${proposal.en}”`);
      }
    }
    for (const k of Object.keys(p)) if (!(k in e)) done.keysRemoved!.push(`${ns}:${prefix}${k}`);
    return out;
  };
  write(psUrl, `${JSON.stringify(build(en, ps, ''), null, 2)}\n`);
}

// 2. Pages: the Pashto frontmatter follows the Urdu page's (sources, order, audience), with the Pashto title and
// description and the hash of the English body it now translates.
const FM = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
function frontmatter(slug: string, title: string, description: string, hash: string): string {
  const ur = FM.exec(readFileSync(new URL(`content/ur/${slug}.md`, root), 'utf8'))![1]!;
  const lines = ur.split('\n').filter((l) => !l.startsWith('translationOf:'))
    .map((l) => (l.startsWith('title:') ? `title: ${title}` : l.startsWith('description:') ? `description: ${description}` : l));
  return `---\n${[...lines, `translationOf: ${hash}`].join('\n')}\n---\n`;
}
const field = (fm: string, name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(fm)![1]!;
for (const file of readdirSync(new URL('content/en/', root)).filter((f) => f.endsWith('.md'))) {
  const slug = file.slice(0, -3);
  const hash = bodyHash(splitPage(readFileSync(new URL(`content/en/${file}`, root), 'utf8')).body);
  const psUrl = new URL(`content/ps/${file}`, root);
  if (!existsSync(psUrl)) {
    const draft = new URL(`pages/${file}`, here);
    if (!existsSync(draft)) { done.pagesMissing!.push(slug); continue; }
    if (translates[file] !== hash) { done.pagesMissing!.push(`${slug} (the draft translates an older English)`); continue; }
    const raw = readFileSync(draft, 'utf8');
    const fm = FM.exec(raw)![1]!;
    write(psUrl, frontmatter(slug, field(fm, 'title'), field(fm, 'description'), hash) + raw.slice(FM.exec(raw)![0].length));
    done.pagesAdded!.push(slug);
    continue;
  }
  const raw = readFileSync(psUrl, 'utf8');
  const fm = FM.exec(raw)![1]!;
  if (field(fm, 'translationOf') === hash) continue;
  const edits = patches[file];
  if (!edits || translates[file] !== hash) { done.pagesStale!.push(slug); continue; }
  let body = raw.slice(FM.exec(raw)![0].length);
  for (const [find, replace] of edits) {
    if (!body.includes(find)) throw new Error(`${file}: text to replace not found: ${find.slice(0, 80)}`);
    body = body.replace(find, replace);
  }
  write(psUrl, frontmatter(slug, field(fm, 'title'), field(fm, 'description'), hash) + body);
  done.pagesUpdated!.push(slug);
}

// 3. Names of laws and helpline fields, in the order of the English data.
const lawsUrl = new URL('content/laws.ps.json', root);
const laws = readJson<{ $comment: string; laws: Record<string, string> }>(lawsUrl);
const lawIds = readJson<{ laws: { id: string }[] }>(new URL('content/laws.json', root)).laws.map((l) => l.id);
laws.laws = Object.fromEntries(lawIds.flatMap((id) => {
  const name = laws.laws[id] ?? data.laws[id];
  if (!name) done.namesMissing!.push(`law ${id}`);
  return name ? [[id, name]] : [];
}));
write(lawsUrl, JSON.stringify(laws, null, 1));
const helpUrl = new URL('content/helplines.ps.json', root);
const help = readJson<{ $comment: string; helplines: Record<string, Record<string, string>> }>(helpUrl);
for (const h of readJson<{ helplines: ({ id: string } & Record<string, unknown>)[] }>(new URL('content/helplines.json', root)).helplines) {
  const ps = (help.helplines[h.id] ??= {});
  for (const [k, v] of Object.entries(h)) {
    if (!v || typeof v !== 'object' || !('en' in v)) continue;
    const proposed = data.helplines[h.id]?.[k];
    if (proposed) ps[k] = proposed;
    else if (!ps[k]) done.namesMissing!.push(`helpline ${h.id}.${k}`);
  }
}
write(helpUrl, JSON.stringify(help, null, 1));

process.stdout.write(`${JSON.stringify(done, null, 1)}\n`);
