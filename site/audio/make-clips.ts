// Records the report form's child wording once per language as small Ogg Opus clips, for Listen on phones with no
// voice for the language (Pashto on most): `node site/audio/make-clips.ts` (needs `apt-get install espeak-ng
// opus-tools`). Each clip is named by a hash of the exact text it speaks (site/islands/report/spoken.ts), so an
// edited string needs a new recording, and site/audio/clips.test.ts fails until it has one; clips no text uses any
// more are deleted. Run it after changing a child string in locales/<lang>/report.json and commit what it writes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import i18next from 'i18next';
import { LANGS, type Lang, type LanguageInfo, language } from '../../domain/languages.ts';
import { resources } from '../../locales/index.ts';
import { childSpokenTexts, clipName } from '../islands/report/spoken.ts';

// espeak-ng has no Pashto voice: its Urdu voice reads the Pashto text with each Pashto letter written as the Urdu
// letter nearest its Peshawar (Yusufzai) sound (ښ as خ, ږ as گ, ځ as ز, څ as س), a stand-in until a Pashto speaker
// records these texts (same file names). The voice of each language is in the registry (domain/languages.ts).
const SPELLINGS = { 'pashto-for-urdu-voice': (text: string) => pashtoForUrduVoice(text) };

const PASHTO_TO_URDU: Record<string, string> = {
  ښ: 'خ',
  ږ: 'گ',
  ځ: 'ز',
  څ: 'س',
  ټ: 'ٹ',
  ډ: 'ڈ',
  ړ: 'ڑ',
  ڼ: 'ن',
  ګ: 'گ',
  ي: 'ی',
  ۍ: 'ئی',
  ه: 'ہ',
  ۀ: 'ہ',
};

export function pashtoForUrduVoice(text: string): string {
  return [...text]
    .map((ch, i, all) => {
      if (ch === 'ې') return /[\p{L}]/u.test(all[i + 1] ?? '') ? 'ی' : 'ے';
      return PASHTO_TO_URDU[ch] ?? ch;
    })
    .join('');
}

export const clipDir = (lang: string) => new URL(`../public/audio/${lang}/`, import.meta.url).pathname;

/** The child texts of one language, by clip name. */
export function childClips(lang: Lang): Map<string, string> {
  const i18n = i18next.createInstance();
  void i18n.init({ lng: lang, resources: { [lang]: resources[lang] }, defaultNS: 'report', initAsync: false, fallbackLng: false });
  return new Map(childSpokenTexts(i18n.t).map((text) => [clipName(text), text]));
}

function record(lang: Lang, text: string, out: string) {
  const { voice, spelling } = language(lang).recording as LanguageInfo['recording'];
  const spell = spelling ? SPELLINGS[spelling] : undefined;
  const wav = join(tmpdir(), `hifazat-clip-${process.pid}.wav`);
  // A little slower than espeak's 175 words a minute: the listeners are children, many hearing new words.
  execFileSync('espeak-ng', ['-v', voice, '-s', '140', '-w', wav, '--stdin'], { input: spell ? spell(text) : text });
  // Speech in mono at 12 kbit/s: a few seconds is 5–15 KB.
  execFileSync('opusenc', ['--quiet', '--bitrate', '12', '--downmix-mono', '--discard-comments', wav, out]);
  rmSync(wav);
}

if (import.meta.main) {
  const manifest: Record<string, Record<string, string>> = {};
  for (const lang of LANGS) {
    const dir = clipDir(lang);
    mkdirSync(dir, { recursive: true });
    const clips = childClips(lang);
    const have = new Set(readdirSync(dir));
    for (const [name, text] of clips) if (!have.has(`${name}.ogg`)) record(lang, text, join(dir, `${name}.ogg`));
    for (const file of have) if (!clips.has(file.replace(/\.ogg$/, ''))) rmSync(join(dir, file));
    manifest[lang] = Object.fromEntries(clips);
    process.stdout.write(`${lang}: ${clips.size} clips\n`);
  }
  // What each clip says, for a reader of the repository (the page does not load it).
  writeFileSync(new URL('./clips.json', import.meta.url), `${JSON.stringify(manifest, null, 2)}\n`);
}
