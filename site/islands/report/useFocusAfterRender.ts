import { useLayoutEffect, useRef } from 'react';

/**
 * Where focus goes after the next render: the new step's heading (so a screen reader reads where it is), or the
 * first field marked invalid (else the error summary) after a refused step or send.
 * A layout effect, run as the render is committed: a plain effect waits for the next frame, and on a busy phone a
 * render's effect still waiting when the next render starts is run first, before the new step or the error marks
 * are in the page, and used up the request (the first invalid field was then left unfocused).
 */
export function useFocusAfterRender() {
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'heading' | 'error' | null>(null);
  useLayoutEffect(() => {
    if (focusNext.current === 'heading') headingRef.current?.focus();
    if (focusNext.current === 'error') {
      const form = formRef.current;
      (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
    }
    focusNext.current = null;
  });
  return { formRef, headingRef, focusNext };
}
