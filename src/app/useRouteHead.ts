import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useMatches } from 'react-router';
import { loadPageHeads } from './lazyPageHeads';
import { isPrerendered } from './pageData';
import { type PageHandle, pageHead } from './routeHead';

/**
 * Keeps <head> in step with the page shown, after every client-side navigation. A pre-rendered
 * page came with its head, so until the reader leaves it nothing is written and the head code
 * (its own chunk) is not loaded; the dev server's empty shell and the offline shell get theirs at once.
 */
export function useRouteHead(): void {
  const match = useMatches().at(-1);
  const { key } = useLocation();
  const queryClient = useQueryClient();
  // Read while hydrating (no document on the server, where effects never run).
  const rendered = useRef(typeof document !== 'undefined' && isPrerendered(document) ? key : null);
  useEffect(() => {
    if (!match || key === rendered.current) return;
    // Back on the first page later, its head is written again like any other's.
    rendered.current = null;
    let current = true;
    loadPageHeads().then(
      (heads) => {
        if (current) heads.applyHead(pageHead(match.handle as PageHandle | undefined, match.params, queryClient));
      },
      // Offline, before the worker keeps the chunk: the page is shown, under the head it had.
      () => {},
    );
    return () => {
      current = false;
    };
  }, [match, key, queryClient]);
}
