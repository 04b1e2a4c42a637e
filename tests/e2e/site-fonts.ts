// Which face really draws a piece of text, and browsers with a chosen set of system fonts, so the font tests
// hold on any machine: with or without Debian's fonts-noto-core (which carries Noto Nastaliq Urdu).
//
// - withoutLocalNastaliq(): a private fontconfig that includes the system's and rejects every Nastaliq file,
//   i.e. a desktop or an older phone without the face: the site's web font must be fetched and used.
// - withLocalNastaliq(): a private fontconfig that adds fonts-noto-core, fetched with `apt-get download` and
//   unpacked with `dpkg -x` into .tmp/ (never installed system-wide), i.e. an Android phone: local() wins.
// Chromium reads FONTCONFIG_FILE from its environment; bench/site.ts uses the same two files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const TMP = resolve('.tmp/fonts');

export interface PlatformFont {
  familyName: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** The faces Chromium used to draw the text inside the first element matching `selector` (DevTools protocol). */
export async function renderedFonts(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts;
}

function writeConf(name: string, body: string): string {
  mkdirSync(TMP, { recursive: true });
  const file = join(TMP, `${name}.conf`);
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <cachedir>${join(TMP, `${name}-cache`)}</cachedir>\n${body}</fontconfig>\n`,
  );
  return file;
}

/** FONTCONFIG_FILE for a machine without any Nastaliq face. */
export function withoutLocalNastaliq(): string {
  return writeConf('no-nastaliq', '  <selectfont><rejectfont><glob>*Nastaliq*</glob></rejectfont></selectfont>\n');
}

/** FONTCONFIG_FILE for a machine with fonts-noto-core, or null (with the reason) where apt cannot fetch it. */
export function withLocalNastaliq(): { file: string } | { file: null; reason: string } {
  const dir = join(TMP, 'fonts-noto-core');
  const fontDir = join(dir, 'usr/share/fonts/truetype/noto');
  if (!existsSync(join(fontDir, 'NotoNastaliqUrdu-Regular.ttf'))) {
    try {
      mkdirSync(dir, { recursive: true });
      execFileSync('apt-get', ['download', '-q', 'fonts-noto-core'], { cwd: TMP, stdio: 'pipe', timeout: 120_000 });
      const deb = readdirSync(TMP).find((f) => /^fonts-noto-core_.*\.deb$/.test(f));
      if (!deb) throw new Error('apt-get download left no .deb');
      execFileSync('dpkg', ['-x', join(TMP, deb), dir], { stdio: 'pipe' });
    } catch (err) {
      return {
        file: null,
        reason: `fonts-noto-core could not be fetched with apt-get download (${(err as Error).message.split('\n')[0]})`,
      };
    }
  }
  return { file: writeConf('with-noto-core', `  <dir>${fontDir}</dir>\n`) };
}

/** FONTCONFIG_FILE for a machine without any Urdu or Pashto face (no Nastaliq, Naskh or other Arabic face). */
export function withoutLocalArabicScript(): string {
  return writeConf(
    'no-arabic-script',
    '  <selectfont><rejectfont><glob>*Nastaliq*</glob><glob>*Naskh*</glob><glob>*Arabic*</glob></rejectfont></selectfont>\n',
  );
}
