// Listening with the browser's own speech synthesis (Web Speech API): shared by the guidance pages' Listen
// button (scripts/listen.ts) and the islands' hook (islands/listen.ts). Only voices that run on the device
// (localService) are used: a network voice would send the page's text to the browser maker's servers.

export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
  name?: string;
}

/** The language part of a BCP 47 tag, lower case, whatever separator the device uses: "xx-PK" and "xx_IN" → "xx". */
export const primaryLanguage = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * The device voice for `lang`, or undefined when it has none (then the control stays hidden). Prefers the
 * voice for Pakistan (ur-PK, ps-PK), then the device's default voice for the language, then any local one.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const want = primaryLanguage(lang);
  const local = voices.filter((v) => v.localService && primaryLanguage(v.lang) === want);
  const region = (v: V) => v.lang.toLowerCase().replace('_', '-');
  return local.find((v) => region(v) === `${want}-pk`) ?? local.find((v) => v.default) ?? local[0];
}

/**
 * Text cut into utterances of at most `max` characters at line and sentence ends: Chrome stops a long
 * utterance after about 15 seconds, and short ones let Stop act at once.
 */
export function utterances(text: string, max = 220): string[] {
  const out: string[] = [];
  for (const line of text
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)) {
    if (line.length <= max) {
      out.push(line);
      continue;
    }
    // Sentence ends in Latin and in Urdu/Pashto (full stop ۔, question mark ؟), then spaces.
    let current = '';
    for (const part of line.split(/(?<=[.!?۔؟])\s+/)) {
      if (current && `${current} ${part}`.length > max) {
        out.push(current);
        current = part;
      } else current = current ? `${current} ${part}` : part;
      while (current.length > max) {
        const cut = current.lastIndexOf(' ', max) > 0 ? current.lastIndexOf(' ', max) : max;
        out.push(current.slice(0, cut).trim());
        current = current.slice(cut).trim();
      }
    }
    if (current) out.push(current);
  }
  return out;
}

/** Resolves with the device's voices, waiting for Chrome's voiceschanged (its list is empty at first). */
export function deviceVoices(synth: SpeechSynthesis, waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, waitMs);
  });
}

/** Speaks the parts one after another; calls onEnd after the last one, or on an error or a cancel. */
export function speak(synth: SpeechSynthesis, voice: SpeechSynthesisVoice, parts: readonly string[], onEnd: () => void): void {
  synth.cancel();
  parts.forEach((text, i) => {
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9; // a little slower than default: many listeners read little and are hearing new words
    if (i === parts.length - 1) u.onend = onEnd;
    u.onerror = onEnd;
    synth.speak(u);
  });
}
