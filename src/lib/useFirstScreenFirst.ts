import { startTransition, useEffect, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { hasHydrated } from './useHydrated';

/**
 * Whether to render the whole of the page for `key` now. A client-side navigation to a new page
 * renders its first screen at once and the rest once that screen is painted, in a transition: the
 * reader sees the new headline a frame sooner, and the rest is there long before they scroll to it. The
 * pre-rendered page (and its hydration) is whole from the start, and so is a page reached by
 * Back or Forward or a link to a place in it, where the browser must find that place at once.
 */
export function useFirstScreenFirst(key: string): boolean {
  const navigationType = useNavigationType();
  const { hash } = useLocation();
  const [wholeFor, setWholeFor] = useState(() => (hasHydrated() ? null : key));
  const whole = wholeFor === key || navigationType === 'POP' || hash !== '';
  useEffect(() => {
    if (wholeFor === key) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setWholeFor(key)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [wholeFor, key]);
  return whole;
}
