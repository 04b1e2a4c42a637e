// useListen: the Listen control for islands (the report form's questions). The same rules as the guidance
// pages' button (scripts/listen-core.ts): the device's own voice for the language when it has one; else, for the
// child's wording, a recorded clip (report/spoken.ts), fetched only when Listen is pressed. One sound per page:
// starting one question stops any other.
import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import type * as Core from '../scripts/listen-core.ts';
// A copy of listen-core in the island's own chunk: the `?island` query makes it a module of its own for the bundler.
// Shared with the guidance pages' Listen script, it became a chunk that script must fetch, and guidance pages load
// no script file (their scripts are inlined; tests/e2e/site-dist.spec.ts). Same source, same tests.
import * as islandCopy from '../scripts/listen-core.ts?island';

const { deviceVoices, pickVoice, speak, utterances } = islandCopy as typeof Core;

export interface Listen {
  /** A device voice for the language, or a recorded clip of the text: else render nothing. */
  available: boolean;
  speaking: boolean;
  toggle: (text: string) => void;
  /** The <audio> element that plays the clip (no device voice). */
  audio: RefObject<HTMLAudioElement | null>;
}

let active: (() => void) | undefined; // the hook instance now sounding, told when another one starts

export function useListen(lang: string, clip?: string): Listen {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  const [speaking, setSpeaking] = useState(false);
  const audio = useRef<HTMLAudioElement | null>(null);
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window) || !window.speechSynthesis) return;
    let live = true;
    void deviceVoices(window.speechSynthesis).then((voices) => live && setVoice(pickVoice(voices, lang)));
    return () => {
      live = false;
    };
  }, [lang]);
  const stop = useCallback(() => {
    if (voice) window.speechSynthesis.cancel();
    audio.current?.pause();
    setSpeaking(false);
  }, [voice]);
  // Unmounting the question that is sounding stops it.
  useEffect(
    () => () => {
      if (active === stop) stop();
    },
    [stop],
  );
  const toggle = useCallback(
    (text: string) => {
      if (speaking) return stop();
      active?.();
      active = stop;
      setSpeaking(true);
      const done = () => setSpeaking(false);
      if (voice) return speak(window.speechSynthesis, voice, utterances(text), done);
      const el = audio.current;
      if (!el) return done();
      el.onended = done;
      el.onerror = done;
      el.currentTime = 0;
      el.play().catch(done);
    },
    [voice, speaking, stop],
  );
  return { available: voice !== undefined || clip !== undefined, speaking, toggle, audio };
}
