import { useEffect, useRef } from 'react';

/**
 * Where focus goes after the next render: the new step's heading (so a screen reader reads where it is), or the
 * first field marked invalid (else the error summary) after a refused step or send.
 */
export function useFocusAfterRender() {
  const formRef = useRef<HTMLFormElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<'heading' | 'error' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'heading') headingRef.current?.focus();
    if (focusNext.current === 'error') {
      const form = formRef.current;
      (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
    }
    focusNext.current = null;
  });
  return { formRef, headingRef, focusNext };
}
