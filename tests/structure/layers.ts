// The house, bottom to top. A file may import its own folder, a folder of its own layer (no loops between folders)
// or any lower layer; a feature imports no other feature. site/ reaches the API only through type-only imports in
// its typed client (site/islands/api/), so nothing of the server is bundled. bench/ and tests/ stand on top.
export interface Layer {
  name: string;
  /** Folders (or single files) of this layer, as paths from the root. */
  units: readonly string[];
  /** Each unit is a feature: it may not import another unit of the same layer. */
  features?: true;
  /** Instead of every lower layer, only these units. */
  only?: readonly string[];
}

export const LAYERS: readonly Layer[] = [
  { name: 'domain: pure vocabulary, languages, risks, report form, Pakistan time', units: ['domain'] },
  { name: 'locales: UI strings and i18n', units: ['locales'] },
  { name: 'directory: reference data and its loaders', units: ['directory'] },
  { name: 'db: schema, client, migrations, seed', units: ['db'] },
  {
    name: 'api base: configuration, logging, the HTTP contract, crypto, credentials, client addresses',
    units: ['api/config.ts', 'api/log.ts', 'api/schemas.ts', 'api/crypto', 'api/auth', 'api/net'],
  },
  { name: 'api kernel: types, errors, policy, guard, session, scope, audit log', units: ['api/kernel'] },
  {
    name: 'api libraries: middleware, triage, captcha, shared figures, report creation and follow-up, the written pages',
    units: ['api/middleware', 'api/triage', 'api/captcha', 'api/figures', 'api/report-core', 'api/pages.ts'],
  },
  {
    name: 'api features: one folder per URL area',
    units: [
      'api/accounts',
      'api/alerts',
      'api/audit',
      'api/backup',
      'api/case',
      'api/dashboard',
      'api/desks',
      'api/exports',
      'api/intake',
      'api/partner',
      'api/public',
      'api/queue',
      'api/reports',
      'api/retention',
      'api/session',
      'api/statistics',
    ],
    features: true,
  },
  { name: 'api top: the app, the server, the command line', units: ['api/app.ts', 'api/server.ts', 'api/cli', 'api/openapi.test.ts'] },
  { name: 'site: Astro pages, components, islands', units: ['site'], only: ['domain', 'locales', 'directory'] },
];

/** Where the site may reach the API: type-only imports, for the typed client. */
export const SITE_CLIENT = 'site/islands/api/';

/** Top-level folders above every layer: they may import anything (and nothing imports them but themselves). */
export const ON_TOP = ['bench', 'tests'];

/** Edges that other work in progress removes, kept visible here rather than hidden in the rule. None today. */
export const PENDING: readonly string[] = [];

/** The unit a file belongs to, or undefined for content, configuration and files on top. */
export function unitOf(file: string): string | undefined {
  // A test beside a single-file unit (api/config.test.ts) belongs to it.
  file = file.replace(/^(api\/[^/]+)\.test\.ts$/, (m, base: string) => (unitAt(`${base}.ts`) ? `${base}.ts` : m));
  return unitAt(file);
}

function unitAt(file: string): string | undefined {
  const all = LAYERS.flatMap((l) => l.units);
  return all.filter((u) => file === u || file.startsWith(`${u}/`)).sort((a, b) => b.length - a.length)[0];
}

export function layerOf(unit: string): number {
  return LAYERS.findIndex((l) => l.units.includes(unit));
}
