// Valid HTML: the W3C Nu HTML Checker (vnu-jar, the checker validator.w3.org runs) over every page in dist/,
// errors only, and none allowed. Needs Java: `npm test` installs Debian's default-jre-headless when run as root;
// elsewhere this test is skipped with the command to install it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect, test } from '@playwright/test';
import { builtPages, DIST } from './site-pages.ts';

const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
const hasJava = !java.error && java.status === 0;

test('every built page is valid HTML (vnu-jar: 0 errors)', () => {
  test.skip(
    !hasJava,
    'Java is absent, so vnu-jar cannot run: install it (Debian: sudo apt-get install -y default-jre-headless) and run again',
  );
  test.setTimeout(120_000);
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  expect(builtPages().filter((p) => p.endsWith('/') || p.endsWith('.html')).length).toBeGreaterThan(40);
  const r = spawnSync('java', ['-jar', jar, '--skip-non-html', '--errors-only', '--format', 'json', DIST], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(r.stderr || '{"messages":[]}') as {
    messages: { type: string; url: string; message: string; firstLine?: number; lastLine?: number }[];
  };
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${m.url.replace(/^file:.*\/dist/, '')}:${m.lastLine ?? ''}: ${m.message}`);
  expect(errors).toEqual([]);
});
