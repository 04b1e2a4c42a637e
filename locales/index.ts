// One source of UI strings for Astro pages, React islands and the API.
// Add a namespace here when you add locales/<lang>/<namespace>.json.
import enApi from './en/api.json' with { type: 'json' };
import enCommon from './en/common.json' with { type: 'json' };
import enContent from './en/content.json' with { type: 'json' };
import enDashboard from './en/dashboard.json' with { type: 'json' };
import enReport from './en/report.json' with { type: 'json' };
import enStaff from './en/staff.json' with { type: 'json' };
import urApi from './ur/api.json' with { type: 'json' };
import urCommon from './ur/common.json' with { type: 'json' };
import urContent from './ur/content.json' with { type: 'json' };
import urDashboard from './ur/dashboard.json' with { type: 'json' };
import urReport from './ur/report.json' with { type: 'json' };
import urStaff from './ur/staff.json' with { type: 'json' };

export const LOCALES = ['en', 'ur'] as const;
export type Locale = (typeof LOCALES)[number];
export const NAMESPACES = ['common', 'report', 'staff', 'api', 'content', 'dashboard'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const resources = {
  en: { common: enCommon, report: enReport, staff: enStaff, api: enApi, content: enContent, dashboard: enDashboard },
  ur: { common: urCommon, report: urReport, staff: urStaff, api: urApi, content: urContent, dashboard: urDashboard },
} as const;

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'ur';
}

/** Urdu (and Pashto, Sindhi, Arabic…) read right to left; derived from the code, never hand-set. */
export function dirOf(locale: string): 'ltr' | 'rtl' {
  return /^(ur|ar|fa|ps|sd|ug|he|yi)(-|$)/.test(locale) ? 'rtl' : 'ltr';
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ur' : 'en';
}
