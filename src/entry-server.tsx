import {
  type DehydratedState,
  defaultShouldDehydrateQuery,
  dehydrate,
  type Query,
  type QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, type StaticHandler, StaticRouterProvider } from 'react-router';
import { type PageData, withoutDocuments } from './app/pageData';
import { loadPageHeads } from './app/lazyPageHeads';
import { type PageHandle, pageHead } from './app/routeHead';
import { createRoutes } from './app/routes';
import type { ArchiveIndex, CollectionPage, ListPage, StoryPage } from './data/documents';
import { archiveQuery, collectionPageQuery } from './collections/collectionQueries';
import { listPageQuery, messagesQuery, storyPageQuery } from './data/queries';
import { createQueryClient } from './data/queryClient';
import { messagesDocument } from './i18n/allCatalogues';
import type { CatalogueName } from './i18n/catalogues';
import { site } from './site/config';
import { pageEdition } from './site/editions';
import { documentHtml, type PageAssets } from './site/documentHtml';
import type { PageHead } from './site/head';
import { absoluteUrl, archivePath, collectionPath, listPath, savedPath, searchPath, storyPath } from './site/paths';
import { usesMediaBlocks } from './story/lazyMediaBlocks';
import { prepareDocument } from './story/lazyTextBlocks';

/** What a page is rendered from: its data, exactly as the browser would fetch it. */
export type PageSeed =
  | { kind: 'story'; page: StoryPage }
  | { kind: 'list'; page: ListPage }
  | { kind: 'collection'; page: CollectionPage }
  | { kind: 'archive'; page: ArchiveIndex }
  | { kind: 'saved' }
  /** An edition's search page: what it says with JavaScript off (the search itself runs in the browser). */
  | { kind: 'search'; edition: string }
  | { kind: 'not-found' };

/** One page, rendered: its head, the app's HTML and the data it hydrates from (none for the 404 page). */
export interface RenderedPage {
  head: PageHead;
  appHtml: string;
  pageData: PageData | null;
}

/** Where the page lives on the site. */
export function seedPath(seed: PageSeed): string {
  switch (seed.kind) {
    case 'story':
      return storyPath(seed.page.story.slug, seed.page.live?.page);
    case 'list':
      return listPath(seed.page.section, seed.page.page, seed.page.edition);
    case 'collection': {
      const { collection, page, edition } = seed.page;
      return collectionPath(collection.kind, collection.key, edition, page);
    }
    case 'archive':
      return archivePath(seed.page.edition);
    case 'saved':
      return savedPath;
    case 'search':
      return searchPath(seed.edition);
    case 'not-found':
      return '/404.html';
  }
}

/**
 * A cache holding the page's document and its edition's catalogue, where the routes read them. It
 * lives for one render and is cleared after it, so it never collects garbage: no query sets a
 * 30-minute timer on the way.
 */
function seedQueries(seed: PageSeed): ReturnType<typeof createQueryClient> {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, gcTime: Infinity } });
  if (seed.kind === 'story') {
    const older = seed.page.live?.page ?? undefined;
    queryClient.setQueryData(storyPageQuery(seed.page.story.slug, older).queryKey, seed.page);
  }
  if (seed.kind === 'list') {
    queryClient.setQueryData(listPageQuery(seed.page.section, seed.page.page, seed.page.edition).queryKey, seed.page);
  }
  if (seed.kind === 'collection') {
    const { collection, page, edition } = seed.page;
    queryClient.setQueryData(collectionPageQuery(collection.kind, collection.key, page, edition).queryKey, seed.page);
  }
  if (seed.kind === 'archive') queryClient.setQueryData(archiveQuery(seed.page.edition).queryKey, seed.page);
  const document = 'page' in seed ? seed.page : null;
  const messages = pageEdition(document, seedPath(seed)).messages as CatalogueName;
  const catalogue = messagesQuery(messages);
  // Made from its options, so it has their meta: the page data names the catalogue's path.
  queryClient.getQueryCache().build(queryClient, { queryKey: catalogue.queryKey, meta: catalogue.meta ?? {} });
  queryClient.setQueryData(catalogue.queryKey, messagesDocument(messages));
  return queryClient;
}

/**
 * The cache's own timestamps, zeroed: the same content must make the same page on every build,
 * and the browser counts the embedded data fresh from when it loads the page (src/main.tsx).
 */
function timeless(state: DehydratedState): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({ ...query, dehydratedAt: 0, state: { ...query.state, dataUpdatedAt: 0 } })),
  };
}

/** What the page data carries: the page's queries, less any the browser makes again from them. */
const embedded = (query: Query): boolean => defaultShouldDehydrateQuery(query) && query.meta?.embedded !== false;

/** What a render's loaders are handed: the page's own cache. */
interface RenderContext {
  queryClient: QueryClient;
}

/** One handler for every page a worker renders: the routes are made, flattened and ranked once. */
let handler: StaticHandler | undefined;

/** Renders one page with the app's own routes and components, and its head as its route declares it. */
export async function renderPage(seed: PageSeed): Promise<RenderedPage> {
  if (seed.kind === 'story') await prepareDocument(seed.page);
  await loadPageHeads();
  const path = seedPath(seed);
  const queryClient = seedQueries(seed);
  handler ??= createStaticHandler(
    createRoutes((context) => (context as RenderContext).queryClient),
    { basename: site.basePath },
  );
  const requestContext: RenderContext = { queryClient };
  const context = await handler.query(new Request(absoluteUrl(path)), { requestContext });
  if (context instanceof Response) throw new Error(`rendering ${path} answered with a redirect`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const appHtml = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
  const match = context.matches.at(-1)!;
  const head = pageHead(match.route.handle as PageHandle | undefined, match.params, queryClient);
  const pageData =
    seed.kind === 'not-found'
      ? null
      : {
          query: withoutDocuments(timeless(dehydrate(queryClient, { shouldDehydrateQuery: embedded }))),
          router: { loaderData: context.loaderData },
        };
  // Drop the cache and its garbage-collection timers now: a worker renders thousands of pages.
  queryClient.clear();
  return { head, appHtml, pageData };
}

/** One page as a complete HTML document. The 404 page ships no scripts: a static host serves it at any address. */
export async function renderDocument(seed: PageSeed, assets: PageAssets): Promise<string> {
  const page = await renderPage(seed);
  const media = seed.kind === 'story' && usesMediaBlocks(seed.page.story);
  return documentHtml({
    ...page,
    assets,
    scripts: seed.kind === 'not-found' ? 'none' : 'after-first-paint',
    pageStyles: [
      ...(media ? (assets.mediaStyles ?? []) : []),
      ...(seed.kind === 'story' && seed.page.live ? (assets.liveStyles ?? []) : []),
    ],
  });
}
