// What this deployment can honestly say happens to a report: who runs it, who reads reports and when, what a reporter
// does when nobody is reading. The deployment's own file (SERVICE_STATEMENT_FILE, default content/service.json) is read
// by the build for the static pages and checked by the server at start; one renderer serves both.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { LANGS, type Lang, language } from './languages.ts';

export const DEFAULT_SERVICE_STATEMENT_FILE = 'content/service.json';

const text = z.object(Object.fromEntries(LANGS.map((l) => [l, z.string().trim().min(3)])) as Record<Lang, z.ZodString>);

export const serviceStatementSchema = z
  .strictObject({
    $comment: z.string().optional(),
    /** Who runs this copy of the site (an organisation, in every language); null: not stated. */
    operator: text.nullable(),
    /** Who reads the reports, e.g. a unit's duty officers; null: nobody has confirmed reading this site's queue. */
    readers: text.nullable(),
    /** When they read: days and hours in Pakistan time. */
    hours: text.nullable(),
    /** Nights, weekends, public holidays: who reads then, or that nobody does. */
    outOfHours: text.nullable(),
    /** The day the readers confirmed in writing that they read this queue (YYYY-MM-DD). */
    confirmedOn: z.iso.date().nullable(),
  })
  .refine((s) => new Set([s.readers, s.hours, s.outOfHours, s.confirmedOn].map((x) => x === null)).size === 1, {
    message: 'readers, hours, outOfHours and confirmedOn are set together (all null until a unit confirms it reads this queue)',
  });

export type ServiceStatement = z.output<typeof serviceStatementSchema>;

/** Reads and checks a statement file; the error says what is wrong, the caller names the setting. */
export function loadServiceStatement(file: string = DEFAULT_SERVICE_STATEMENT_FILE): ServiceStatement {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(file), 'utf8'));
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = serviceStatementSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${file}${issue.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue.message}`);
  }
  return parsed.data;
}

export const isConfirmed = (s: ServiceStatement) => s.readers !== null;

export interface EmergencyLine {
  number: string;
  name: string;
  where: string;
}

interface Helpline {
  id: string;
  number: string;
  name: Record<Lang, string>;
  where: Record<Lang, string>;
}
// The numbers that work without this site: the police everywhere, Rescue 1122 and the child helpline 1121 where they run.
const ADULT_LINES = ['police-15', 'rescue-1122', '1121'];

/** The lines a statement lists, from content/helplines.json: one row per number, its places joined. A child is given the police only. */
export function emergencyLines(
  helplines: readonly Helpline[],
  lang: Lang,
  audience: 'adult' | 'child',
  t: (key: string) => string,
): EmergencyLine[] {
  const wanted = audience === 'child' ? ['police-15'] : ADULT_LINES;
  return wanted.map((key) => {
    const rows = helplines.filter((h) => h.id === key || h.number === key);
    // Several operators share 1121 (one per province): the line is named for what it is.
    const name = rows.length > 1 ? t('service.childHelpline') : rows[0]!.name[lang];
    return { number: rows[0]!.number, name, where: rows.map((h) => h.where[lang]).join(language(lang).comma) };
  });
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The statement as HTML, for adults or in a child's words. `t` reads the `service.*` strings of the page's language;
 * `lines` are the numbers to call now (from content/helplines.json), with where each works. With no lines (the report
 * page, at its byte budget, whose helpline strip shows the numbers just above) it is one plain sentence for the page's
 * intro paragraph to carry.
 */
export function renderServiceStatement(
  s: ServiceStatement,
  lang: Lang,
  t: (key: string, values?: Record<string, string>) => string,
  lines: EmergencyLine[],
  audience: 'adult' | 'child' = 'adult',
): string {
  const e = escapeHtml;
  const v = (x: Record<Lang, string> | null) => (x ? x[lang] : '');
  if (lines.length === 0)
    return e(
      isConfirmed(s)
        ? `${t('service.readers', { readers: v(s.readers) })} ${t('service.hours', { hours: v(s.hours) })}`
        : t('service.unconfirmedShort'),
    );
  const child = audience === 'child';
  const p = (key: string, values?: Record<string, string>) => `<p>${e(t(key, values))}</p>`;
  const parts = [`<h2 id="app-service-heading">${e(t(child ? 'service.childHeading' : 'service.heading'))}</h2>`];
  if (!child) parts.push(s.operator ? p('service.operator', { operator: v(s.operator) }) : p('service.operatorUnknown'));
  if (isConfirmed(s)) {
    parts.push(p(child ? 'service.childReaders' : 'service.readers', { readers: v(s.readers) }));
    parts.push(p('service.hours', { hours: v(s.hours) }));
    parts.push(p('service.outOfHours', { outOfHours: v(s.outOfHours) }));
    // U+2066/U+2069 isolate the date left to right inside Urdu and Pashto.
    if (!child) parts.push(p('service.confirmedOn', { date: `\u2066${s.confirmedOn}\u2069` }));
  } else {
    parts.push(`<p><strong>${e(t(child ? 'service.childUnconfirmed' : 'service.unconfirmed'))}</strong></p>`);
  }
  parts.push(p(child ? 'service.childNow' : 'service.now'));
  const list = lines
    .map(
      (l) =>
        `<li><a href="tel:${e(l.number)}" dir="ltr" class="app-service__number">${e(l.number)}</a> ${e(l.name)}${l.where ? ` (${e(l.where)})` : ''}</li>`,
    )
    .join('');
  parts.push(`<ul class="app-service__numbers">${list}</ul>`);
  return `<section class="app-service" aria-labelledby="app-service-heading" data-service-statement="${isConfirmed(s) ? 'confirmed' : 'unconfirmed'}">${parts.join('')}</section>`;
}
