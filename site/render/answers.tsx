// The pages the server answers JavaScript-off posts with, rendered from the islands' own components into the
// pages the build made (their frame, fonts, styles and quick exit): the report's receipt, the report form again
// with what was typed and what is wrong, the status page opened with the receipt. The server loads this module
// from the build (astro.config.mjs bundles it), so it needs no JSX at run time and imports no server code.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { helplines } from '../../directory/helplines.ts';
import type { Directory } from '../../directory/routing.ts';
import type { Lang } from '../../domain/languages.ts';
import { fieldOfError, REPORT_FIELDS, type ReportField } from '../../domain/report-form.ts';
import { emergencyLines, renderServiceStatement, type ServiceStatement } from '../../domain/service-statement.ts';
import { resources } from '../../locales/index.ts';
import { getT } from '../i18n/index.ts';
import { ErrorLinks, ErrorSummary } from '../islands/form/ErrorSummary.tsx';
import { fieldId } from '../islands/form/ids.ts';
import { createIslandI18n } from '../islands/island-i18n.ts';
import ReportForm from '../islands/ReportForm.tsx';
import ReportStatus, { type Answer as StatusAnswer } from '../islands/ReportStatus.tsx';
import { providePlaces } from '../islands/report/places.ts';
import { ReferenceNote, ResultSummary } from '../islands/report/ResultParts.tsx';
import type { Created } from '../islands/report/ResultView.tsx';
import { reportFormData } from './report-data.ts';
import { type StatisticsInput, statisticsMarkup } from './Statistics.tsx';
import { fillShell } from './shell.ts';

export type { Created, StatisticsInput, StatusAnswer };

/** The built pages, by URL path (`/<lang>/report/answer/index.html`): the server's copy of dist/. */
export interface Shells {
  page(urlPath: string): string | undefined;
}

const FIELDS: readonly ReportField[] = REPORT_FIELDS;
const strings = (locale: Lang) => {
  const r = resources[locale];
  return { report: r.report, api: r.api, common: r.common };
};

/** Where the error summary's link for a field goes: the control, or a group's first choice. */
function fieldAnchor(name: string): string {
  const field = FIELDS.find((f) => f.name === name) ?? (name.startsWith('risks.') ? FIELDS.find((f) => f.kind === 'risks') : undefined);
  const first = field?.kind === 'radios' || field?.kind === 'risks' ? field.choices?.[0] : undefined;
  return `#${fieldId(name)}${first ? `-${first}` : ''}`;
}

export function createAnswerPages(shells: Shells, directory: Directory) {
  const data = new Map<Lang, ReturnType<typeof reportFormData>>();
  const formData = (locale: Lang) => {
    let d = data.get(locale);
    if (!d) {
      d = reportFormData(locale, directory);
      data.set(locale, d);
      providePlaces(locale, d.provinces);
    }
    return d;
  };
  const inAnswerPage = (locale: Lang, body: ReactNode) => {
    const shell = shells.page(`/${locale}/report/answer/index.html`);
    return shell ? fillShell(shell, renderToStaticMarkup(body)) : null;
  };

  return {
    /** The reference and receipt of a report just made, the emergency numbers first when it is one. */
    reportCreated(locale: Lang, created: Created, statement: ServiceStatement): string | null {
      const i18n = createIslandI18n(locale, strings(locale));
      const t = getT(locale, 'report');
      const common = getT(locale, 'common');
      const tc = (key: string, values?: Record<string, string>) => common(key, values ?? {});
      // Who reads the report and when, and the numbers to call now (domain/service-statement.ts, as on the site's pages).
      const service = renderServiceStatement(statement, locale, tc, emergencyLines(helplines, locale, 'adult', tc));
      // The island's result without what needs script (copy, "I have saved it"): the numbers to call come first, the
      // receipt and why to keep it next, the reference quietly after it.
      return inAnswerPage(
        locale,
        <I18nextProvider i18n={i18n}>
          <ResultSummary created={created} locale={locale} heading={<h1>{t('result.title')}</h1>} Label="h2" />
          <p>
            <strong>{t('result.receiptWarning')}</strong>
          </p>
          <ReferenceNote reference={created.reference} />
          <p>{t('result.noJsFinish')}</p>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the statement's one renderer escapes what it writes. */}
          <div dangerouslySetInnerHTML={{ __html: service }} />
          <p>
            <a href={`/${locale}/report/status/`}>{t('result.statusLink')}</a>
          </p>
        </I18nextProvider>,
      );
    },

    /** The form again, everything typed kept, each error beside its field and listed (linked) at the top. */
    reportForm(locale: Lang, values: Record<string, string>, fields: Record<string, string>, message: string): string | null {
      const t = getT(locale, 'report');
      // A group left out entirely (no age chosen, so no `child` at all) is reported on the field that asks it.
      const errors: Record<string, string> = {};
      for (const [name, text] of Object.entries(fields)) errors[fieldOfError(name)] ??= text;
      const links = Object.entries(errors).map(([name, text]) => {
        const label = t(`fieldName.${name.startsWith('risks.') ? 'risks' : name}`, { defaultValue: name });
        return { href: fieldAnchor(name), text: `${label}: ${text}` };
      });
      const { emergency, cyberNumber } = formData(locale);
      return inAnswerPage(
        locale,
        <>
          <h1>{t('form.title')}</h1>
          <p>{t('form.intro')}</p>
          <ErrorSummary prefix={getT(locale, 'api')('field.errorPrefix')} title={t('error.title')} message={message || t('error.fixBelow')}>
            {links.length > 0 && <ErrorLinks items={links} />}
          </ErrorSummary>
          <div className="app-island">
            <ReportForm
              locale={locale}
              strings={strings(locale)}
              emergency={emergency}
              cyberNumber={cyberNumber}
              initial={{ values, errors }}
            />
          </div>
        </>,
      );
    },

    /** The status page with the island in the state the post left it: the report opened, or the receipt form's error. */
    status(locale: Lang, answer: StatusAnswer): string | null {
      const shell = shells.page(`/${locale}/report/status/index.html`);
      const r = resources[locale];
      const islandStrings = { report: { status: r.report.status, error: r.report.error }, api: { error: r.api.error, field: r.api.field } };
      const body = renderToStaticMarkup(<ReportStatus locale={locale} strings={islandStrings} initial={answer} />);
      return shell ? fillShell(shell, body) : null;
    },

    /** The public statistics page with the period's figures (or the period form's errors). */
    statistics(locale: Lang, input: StatisticsInput): string | null {
      const shell = shells.page(`/${locale}/statistics/index.html`);
      if (!shell) return null;
      const { head, body } = statisticsMarkup(locale, input);
      return fillShell(shell, body, head);
    },
  };
}

export type AnswerPages = ReturnType<typeof createAnswerPages>;
