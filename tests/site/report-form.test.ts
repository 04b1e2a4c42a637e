// The report form is described once (domain/report-form.ts). This shows the things made from it use the same lists:
// the API's zod schema, the island's JavaScript-off render (which is also the server's error page, site/render/) and
// the urlencoded parser take the same fields, input names, limits and choices, in every language of the registry.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { formToReport } from '../../api/reports/form-body.ts';
import { ReportInput } from '../../api/schemas.ts';
import { loadDirectory } from '../../directory/routing.ts';
import { ICONS } from '../../domain/icons.ts';
import { LANGS } from '../../domain/languages.ts';
import { choiceIcon, REPORT_FIELDS, REPORT_STEPS, type ReportField, reportInputNames, stepIcon } from '../../domain/report-form.ts';
import { resources } from '../../locales/index.ts';
import ReportForm from '../../site/islands/ReportForm.tsx';
import { providePlaces } from '../../site/islands/report/places.ts';

const FIELDS: readonly ReportField[] = REPORT_FIELDS;
const unique = (xs: Iterable<string>) => [...new Set(xs)].sort();
const tags = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
const namesIn = (html: string) => unique(tags(html, /<(?:input|select|textarea)\b[^>]*>/g).flatMap((t) => attr(t, 'name') ?? []));
/** maxlength by input name, whatever order the renderer writes the attributes in. */
const maxLengths = (html: string) =>
  Object.fromEntries(
    tags(html, /<(?:input|textarea)\b[^>]*>/g).flatMap((t) =>
      attr(t, 'maxlength') ? [[attr(t, 'name'), Number(attr(t, 'maxlength'))]] : [],
    ),
  );
const choicesIn = (html: string, name: string) =>
  unique(
    tags(html, /<input\b[^>]*>/g).flatMap((t) => (attr(t, 'name') === name && attr(t, 'type') === 'radio' ? [attr(t, 'value')!] : [])),
  );

function islandNoJs(locale: (typeof LANGS)[number]): string {
  const directory = loadDirectory();
  providePlaces(
    locale,
    directory.provinces.map((p) => ({
      id: p.id,
      name: p.name[locale],
      districts: p.districts.map((d) => ({ id: d.id, name: d.name[locale] })),
    })),
  );
  const r = resources[locale];
  const strings = { report: r.report, api: r.api, common: r.common };
  return renderToStaticMarkup(
    createElement(ReportForm, {
      locale,
      strings,
      emergency: { lines: [{ number: '15', name: 'Police', where: 'Pakistan' }], all: [0], byProvince: {} },
      cyberNumber: '1799',
    }),
  );
}

/** One answer for every input the form has, valid for the contract. */
function validEntries(): [string, string][] {
  const sample: Record<string, string> = {
    'location.province': 'punjab',
    'location.district': 'lahore',
    'location.details': 'near the school',
    description: 'A long enough description',
    contact: '0300 0000000',
  };
  return reportInputNames().map((name) => {
    if (name === 'locale') return [name, LANGS[0]];
    const field = FIELDS.find((f) => f.name === name || name.startsWith(`${f.name}.`))!;
    return [name, sample[name] ?? field.choices![0]!];
  });
}

describe('the report form, described once', () => {
  it('the schema names exactly the described fields (plus the form language and the captcha token)', () => {
    const shape = ReportInput.shape as Record<string, { shape?: Record<string, unknown> }>;
    const paths = Object.entries(shape).flatMap(([key, s]) =>
      s.shape && key !== 'risks' ? Object.keys(s.shape).map((k) => `${key}.${k}`) : [key],
    );
    expect(unique(paths)).toEqual(unique(['locale', 'captchaToken', ...FIELDS.map((f) => f.name)]));
  });

  it('the schema takes its choices and limits from the description', () => {
    const base = formToReport(new URLSearchParams(validEntries()));
    expect(ReportInput.safeParse(base).success).toBe(true);
    const at = (name: string, value: unknown) => {
      const copy = structuredClone(base) as Record<string, Record<string, unknown>>;
      const [head, tail] = name.split('.') as [string, string | undefined];
      if (tail) copy[head] = { ...copy[head], [tail]: value };
      else (copy as Record<string, unknown>)[head] = value;
      return ReportInput.safeParse(copy).success;
    };
    for (const f of FIELDS) {
      if (f.kind === 'radios' && !f.boolean) {
        for (const c of f.choices!) expect(at(f.name, c), `${f.name}=${c}`).toBe(true);
        expect(at(f.name, 'not-a-choice'), f.name).toBe(false);
      }
      if (f.kind === 'text' || f.kind === 'textarea') {
        expect(at(f.name, 'x'.repeat(f.max!)), `${f.name} at its limit`).toBe(true);
        expect(at(f.name, 'x'.repeat(f.max! + 1)), `${f.name} over its limit`).toBe(false);
        if (f.min) expect(at(f.name, 'x'.repeat(f.min - 1)), `${f.name} under its minimum`).toBe(false);
      }
    }
  });

  for (const locale of LANGS) {
    it(`${locale}: the island without JavaScript posts the described inputs, limits and choices`, () => {
      const island = islandNoJs(locale);
      expect(namesIn(island)).toEqual(unique(reportInputNames()));
      const limits = Object.fromEntries(FIELDS.filter((f) => f.kind === 'text' || f.kind === 'textarea').map((f) => [f.name, f.max]));
      expect(maxLengths(island)).toEqual(limits);
      for (const f of FIELDS.filter((x) => x.kind === 'radios')) expect(choicesIn(island, f.name), f.name).toEqual(unique(f.choices!));
    });
  }

  it('the parser reads every input name into the contract shape', () => {
    const parsed = ReportInput.parse(formToReport(new URLSearchParams(validEntries()))) as Record<string, unknown>;
    for (const name of reportInputNames()) {
      const value = name.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], parsed);
      expect(value, name).toBeDefined();
    }
  });

  it('every step and choice picture exists', () => {
    for (const s of REPORT_STEPS) expect(ICONS).toHaveProperty(stepIcon(s));
    for (const f of FIELDS) for (const c of f.choices ?? []) if (f.choiceIcon) expect(ICONS).toHaveProperty(choiceIcon(f, c)!);
  });
});
