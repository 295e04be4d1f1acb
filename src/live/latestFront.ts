import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { getListPage, listPageQuery } from '../data/queries';

/** How often the front page looks for new stories while it is visible. */
export const LIVE_INTERVAL_MS = 60_000;

/**
 * The newest first page of an edition's front (the main one's: ''), kept apart from the one the
 * reader is looking at (listPageQuery(null, 1, edition)), so checking for news never moves what
 * they read. It starts from the front page the app already holds, if any, so the first check waits
 * a full interval; checks ask the server to revalidate (`no-cache`), which costs a 304 when nothing
 * changed.
 */
export const latestFrontQuery = (queryClient: QueryClient, edition: string) => {
  const shownKey = listPageQuery(null, 1, edition).queryKey;
  return queryOptions({
    queryKey: ['latest-front', edition],
    queryFn: ({ signal }) => getListPage(null, 1, signal, 'no-cache', edition),
    initialData: () => queryClient.getQueryData(shownKey),
    initialDataUpdatedAt: () => queryClient.getQueryState(shownKey)?.dataUpdatedAt,
    staleTime: LIVE_INTERVAL_MS,
    // Made from the shown front page on the server and in the browser alike: embedding it too
    // would put the front page into the page twice (src/entry-server.tsx).
    meta: { embedded: false },
  });
};

/** For the front page the reader sees: it changes when they ask for the new stories, not on its own. */
export const heldInPlace = { staleTime: Infinity } as const;
