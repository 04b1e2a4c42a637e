// The report page's budget: at most 110 KB gzip for everything it loads, fonts and hCaptcha's own script aside.
import { expect, test } from '@playwright/test';
import { LANGS } from '../../domain/languages.ts';
import { pageWeight } from '../report-weight.ts';

for (const page of LANGS.flatMap((l) => [`/${l}/report/`, `/${l}/report/status/`])) {
  test(`${page} stays within 110 KB gzip`, () => {
    const { total, files } = pageWeight('dist', page);
    console.log(`${page}: ${(total / 1024).toFixed(1)} KB gzip in ${Object.keys(files).length} files`);
    expect(Object.keys(files).some((f) => f.includes('ReportForm') || f.includes('ReportStatus'))).toBe(true);
    expect(total).toBeLessThanOrEqual(110 * 1024);
  });
}
