// The recorded clips say exactly the child wording of today's strings: every text a Listen button reads to a child
// has its clip, named by the text's hash, and no clip is left that no text uses (site/audio/make-clips.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../domain/languages.ts';
import manifest from './clips.json' with { type: 'json' };
import { childClips, clipDir, pashtoForUrduVoice } from './make-clips.ts';

describe.each(LANGS)('recorded child wording in %s', (lang) => {
  const clips = childClips(lang);
  const files = readdirSync(clipDir(lang));

  it('has a clip for every text, and no clip for a text gone', () => {
    expect(clips.size).toBeGreaterThanOrEqual(15);
    expect(files.sort()).toEqual([...clips.keys()].map((n) => `${n}.ogg`).sort());
  });

  it('lists what each clip says, as the strings say it now', () => {
    expect((manifest as Record<string, Record<string, string>>)[lang]).toEqual(Object.fromEntries(clips));
  });

  it('keeps each clip a small Ogg Opus file, loaded only when Listen is pressed', () => {
    for (const f of files) {
      const path = join(clipDir(lang), f);
      expect(readFileSync(path).subarray(0, 4).toString()).toBe('OggS');
      expect(statSync(path).size).toBeLessThan(40_000);
    }
  });
});

it('spells Pashto for the Urdu voice with no letter that voice lacks', () => {
  expect(pashtoForUrduVoice('ښځه ږغ څښتن ټول ډېر ړوند ګل نجلۍ کې')).not.toMatch(/[ښږځڅټډړڼګيۍې]/);
});
