// hCaptcha for the report island: loaded only when the server has a site key, only on this page, and never
// in the way of sending (a report without a token is accepted and marked unverified).
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../domain/languages.ts';
import { createApi } from '../api/client.ts';
import { reportConfig } from '../api/public.ts';

declare global {
  interface Window {
    hcaptcha?: {
      render(container: HTMLElement, params: Record<string, unknown>): string;
      reset(id?: string): void;
    };
    hifazatCaptchaReady?: () => void;
  }
}

export type CaptchaState = 'off' | 'loading' | 'ready' | 'failed';

export function useCaptcha(locale: Lang, showing: boolean) {
  const [sitekey, setSitekey] = useState<string | null>(null);
  const [state, setState] = useState<CaptchaState>('off');
  const token = useRef('');
  const widget = useRef<string | undefined>(undefined);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // The site key comes from the server's configuration; the page itself is static.
    reportConfig(createApi(locale))
      .then((c) => setSitekey(c?.hcaptchaSitekey ?? null))
      .catch(() => setSitekey(null));
  }, [locale]);

  useEffect(() => {
    if (!sitekey || state !== 'off') return;
    setState('loading');
    window.hifazatCaptchaReady = () => setState('ready');
    const script = document.createElement('script');
    script.src = `https://js.hcaptcha.com/1/api.js?render=explicit&onload=hifazatCaptchaReady&hl=${locale}`;
    script.async = true;
    script.onerror = () => setState('failed');
    document.head.appendChild(script);
  }, [sitekey, state, locale]);

  useEffect(() => {
    if (state !== 'ready' || !showing || !box.current || !window.hcaptcha || !sitekey) return;
    if (box.current.childElementCount) return;
    try {
      widget.current = window.hcaptcha.render(box.current, {
        sitekey,
        hl: locale,
        callback: (t: string) => (token.current = t),
        'expired-callback': () => (token.current = ''),
        'error-callback': () => (token.current = ''),
      });
    } catch {
      setState('failed');
    }
  }, [state, showing, sitekey, locale]);

  /** After the server refused the token: forget it and ask again. */
  function reset() {
    token.current = '';
    try {
      window.hcaptcha?.reset(widget.current);
    } catch {
      /* the widget may be gone; the server accepts a report without it */
    }
  }

  return { sitekey, state, token, box, reset };
}
