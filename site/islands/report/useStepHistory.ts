import { useEffect, useRef } from 'react';

/** The history entry's state of a form step; scripts/quick-exit.ts reads `appStep` to leave past every step. */
export interface StepState {
  appStep: number;
}

/**
 * Each step of the form is a history entry on the same address (pushState), so the phone's Back shows the
 * previous step and Forward the next, with the answers the island keeps in memory (never on the device).
 * Leaving the page with unsent answers asks first, except through the quick exit, which must never be held up.
 */
export function useStepHistory(onTraverse: (step: number) => void, unsent: boolean) {
  const latest = useRef({ onTraverse, unsent });
  latest.current = { onTraverse, unsent };
  useEffect(() => {
    // A reload keeps history.state but not the answers: this entry becomes the first step again.
    history.replaceState({ appStep: 0 } satisfies StepState, '');
    const onPop = (e: PopStateEvent) => {
      const n = (e.state as Partial<StepState> | null)?.appStep;
      if (typeof n === 'number') latest.current.onTraverse(n);
    };
    const onLeave = (e: BeforeUnloadEvent) => {
      if (!latest.current.unsent || document.documentElement.classList.contains('app-exit--active')) return;
      e.preventDefault();
      e.returnValue = '';
    };
    addEventListener('popstate', onPop);
    addEventListener('beforeunload', onLeave);
    return () => {
      removeEventListener('popstate', onPop);
      removeEventListener('beforeunload', onLeave);
    };
  }, []);
  return (step: number) => history.pushState({ appStep: step } satisfies StepState, '');
}
