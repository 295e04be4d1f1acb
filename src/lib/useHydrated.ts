import { startTransition, useEffect, useState } from 'react';

let appHydrated = false;

/** True once the app has hydrated the pre-rendered page (or rendered the dev server's): later renders are client navigations. */
export const hasHydrated = (): boolean => appHydrated;

/**
 * False in the pre-rendered HTML and while it hydrates, true once the page runs: controls that
 * only work with JavaScript appear only then, and never cause a hydration mismatch. The switch is
 * a transition, rendered in slices after hydration: useSyncExternalStore would redraw every
 * component that asks in one synchronous task. What mounts after that is true from the start.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(appHydrated);
  useEffect(() => {
    appHydrated = true;
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}
