// useListen: the Listen control for islands (the report form's questions). The same rules as the guidance
// pages' button (scripts/listen-core.ts): on-device voices only, nothing when the device has no voice for
// the language. One utterance queue per page: starting one question stops any other.
import { useCallback, useEffect, useState } from 'react';
import type * as Core from '../scripts/listen-core.ts';
// A copy of listen-core in the island's own chunk: the `?island` query makes it a module of its own for the bundler.
// Shared with the guidance pages' Listen script, it became a chunk that script must fetch, and guidance pages load
// no script file (their scripts are inlined; tests/e2e/site-dist.spec.ts). Same source, same tests.
import * as islandCopy from '../scripts/listen-core.ts?island';

const { deviceVoices, pickVoice, speak, utterances } = islandCopy as typeof Core;

export interface Listen {
  /** False until a device voice for the language is found, and on devices without one: render nothing. */
  available: boolean;
  speaking: boolean;
  toggle: (text: string) => void;
}

let active: (() => void) | undefined; // the hook instance now speaking, told when another one starts

export function useListen(lang: string): Listen {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    let live = true;
    void deviceVoices(window.speechSynthesis).then((voices) => live && setVoice(pickVoice(voices, lang)));
    return () => {
      live = false;
    };
  }, [lang]);
  const stopped = useCallback(() => setSpeaking(false), []);
  // Unmounting the question that is speaking stops its voice.
  useEffect(
    () => () => {
      if (active === stopped) window.speechSynthesis?.cancel();
    },
    [stopped],
  );
  const toggle = useCallback(
    (text: string) => {
      if (!voice) return;
      const synth = window.speechSynthesis;
      if (speaking) {
        synth.cancel();
        setSpeaking(false);
        return;
      }
      active?.();
      active = stopped;
      setSpeaking(true);
      speak(synth, voice, utterances(text), stopped);
    },
    [voice, speaking, stopped],
  );
  return { available: voice !== undefined, speaking, toggle };
}
