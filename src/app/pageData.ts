import type { DehydratedState } from '@tanstack/react-query';
import type { HydrationState } from 'react-router';

/**
 * What a pre-rendered page embeds so the browser can hydrate it: the query cache as the page was
 * rendered, but without the documents themselves. Each document is written once, beside the
 * pages, as the JSON that client navigation, prefetching and the offline worker fetch; the page
 * names it (`meta.documentPath`) and fetches it to hydrate, instead of carrying a second copy.
 */
export interface PageData {
  query: DehydratedState;
  router: HydrationState;
}

/** The element the app renders into, and the script element that carries the page data. */
export const ROOT_ID = 'root';
export const PAGE_DATA_ID = 'page-data';

/** Whether the page was pre-rendered with its data, to be hydrated, rather than an empty shell. */
export const isPrerendered = (doc: Document): boolean => doc.getElementById(PAGE_DATA_ID) !== null;

export function readPageData(doc: Document): PageData | null {
  const element = doc.getElementById(PAGE_DATA_ID);
  return element?.textContent ? (JSON.parse(element.textContent) as PageData) : null;
}

type DehydratedQuery = DehydratedState['queries'][number];

const documentPath = (query: DehydratedQuery): string | null => {
  const path = query.meta?.documentPath;
  return typeof path === 'string' ? path : null;
};

/** The cache with every document left out: the page names where each one lives instead. */
export function withoutDocuments(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => {
      if (documentPath(query) === null) return query;
      const { data: _document, ...rest } = query.state;
      return { ...query, state: rest as DehydratedQuery['state'] };
    }),
  };
}

/** The cache with its documents back in, each loaded from where the build wrote it. */
export async function withDocuments(
  state: DehydratedState,
  load: (documentPath: string) => Promise<unknown>,
): Promise<DehydratedState> {
  const queries = await Promise.all(
    state.queries.map(async (query) => {
      const path = documentPath(query);
      if (path === null || query.state.data !== undefined) return query;
      return { ...query, state: { ...query.state, data: await load(path) } };
    }),
  );
  return { ...state, queries };
}
