// The Listen button of guidance pages (components/Listen.astro): hidden until a device voice for the page's
// language is found, then reads the page's title and text ([data-listen-source]) aloud; pressed again, stops.
import { deviceVoices, pickVoice, speak, utterances } from './listen-core.ts';

const box = document.querySelector<HTMLElement>('[data-listen]');
const button = box?.querySelector<HTMLButtonElement>('button');
const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;

if (box && button && synth) {
  void deviceVoices(synth).then((voices) => {
    const voice = pickVoice(voices, document.documentElement.lang);
    if (!voice) return;
    // The label says what a press does ("Listen" / "Stop"); no aria-pressed, whose name must not change.
    const label = (on: boolean) => {
      button.dataset.speaking = String(on);
      button.textContent = (on ? box.dataset.stop : box.dataset.play) ?? '';
    };
    button.addEventListener('click', () => {
      if (button.dataset.speaking === 'true') {
        synth.cancel();
        label(false);
        return;
      }
      // innerText, not textContent: it leaves out what is not rendered and breaks lines between blocks, as a reader would.
      // biome-ignore lint/performance/useDomNodeTextContent: see above
      const text = [...document.querySelectorAll<HTMLElement>('[data-listen-source]')].map((el) => el.innerText).join('\n');
      label(true);
      speak(synth, voice, utterances(text), () => label(false));
    });
    // Leaving the page (or the quick exit) stops the voice at once.
    window.addEventListener('pagehide', () => synth.cancel());
    box.hidden = false;
  });
}
