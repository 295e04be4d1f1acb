import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import type { ListPage, StoryPage as StoryDocument } from '../data/documents';
import { LoadError } from '../data/loadErrors';
import { listPageQuery, storyPageQuery } from '../data/queries';
import { isSlug } from '../data/safeValues';
import { FrontPage } from '../lists/FrontPage';
import { pageNumber } from '../lists/pageNumber';
import { SectionPage } from '../lists/SectionPage';
// The Saved page is pre-rendered: its styles are in every page's stylesheet, its code is lazy.
import '../saved/saved.css';
import { ensureCatalogue, translatorFor } from '../i18n/useMessages';
import { pageEdition } from '../site/editions';
import { type Edition, mainEdition, site } from '../site/config';
import { StoryPage } from '../story/StoryPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RootError } from './RootError';
import { RouteError } from './RouteError';
import { documentPage, notFoundHead, type PageHandle, plainPage } from './routeHead';
import { loadPageHeads, pageHeads } from './lazyPageHeads';
import { prepareDocument } from '../story/lazyTextBlocks';
import { liveBlog } from '../liveblog/lazyLiveBlog';

function slugParam(value: string | undefined): string {
  if (!isSlug(value)) throw new LoadError('not-found', 'No such story.', String(value));
  return value;
}

/** The list pages of one edition: its front page and its sections, each paged. */
const listPage = (edition: Edition) =>
  documentPage(
    (params) =>
      listPageQuery(
        params.section === undefined ? null : slugParam(params.section),
        pageNumber(params.page),
        edition.key,
      ),
    (list: ListPage) => pageHeads().listHead(list),
  );
/** A live story's page says more of itself (src/liveblog/liveHead.ts), from the chunk its page loads first. */
const storyHeadOf = (page: StoryDocument) => {
  const head = pageHeads().storyHead(page.story, page.translations);
  return (page.live && liveBlog()?.liveHead(head, page.story, page.live)) || head;
};
const storyPage = documentPage((params) => storyPageQuery(slugParam(params.slug)), storyHeadOf);
const olderUpdatesPage = documentPage(
  // `/updates/1/` is the oldest; an address that names no page fetches no document: not found.
  (params) => storyPageQuery(slugParam(params.slug), Number(params.page) || -1),
  storyHeadOf,
);

/** The routes whose code is a chunk of its own (src/app/lazyPages.ts), under each edition. */
const LAZY_PATHS = ['search', 'archive', 'topics/:key', 'authors/:key', 'archive/:year/:month'] as const;
export type LazyPath = (typeof LAZY_PATHS)[number];

/** An edition's front page and sections; the main edition's at the root, others under /<key>/. */
function listRoutes(
  edition: Edition,
  page: (handle: PageHandle) => Pick<RouteObject, 'handle' | 'loader'>,
): RouteObject[] {
  const id = (name: string) => (edition.key === '' ? name : `${edition.key}:${name}`);
  const handle = listPage(edition);
  return [
    { id: id('front'), index: true, ...page(handle), element: <FrontPage /> },
    { id: id('front-page'), path: 'page/:page', ...page(handle), element: <FrontPage /> },
    { id: id('section'), path: 'sections/:section', ...page(handle), element: <SectionPage /> },
    { id: id('section-page'), path: 'sections/:section/page/:page', ...page(handle), element: <SectionPage /> },
    // Search, topic, author and archive pages: their routes' code loads with them (src/app/lazyPages.ts).
    ...LAZY_PATHS.flatMap((path) => {
      const lazy = async () => {
        const { handle, Component } = (await import('./lazyPages')).lazyRoute(path, edition);
        return { ...page(handle), Component };
      };
      const first = { id: id(path), path, lazy };
      // The lists are paged; the search page and the archive's index of months are not.
      return path.includes(':') ? [first, { id: id(`${path}/page`), path: `${path}/page/:page`, lazy }] : [first];
    }),
  ];
}

/**
 * The site's routes. Each page route's `handle` names the document it shows and its head
 * (routeHead.ts); its loader fills the query cache with that document (or finds it filled by the
 * pre-renderer or a prefetch), so a page renders only once its data is there: no spinner between
 * stories. Loaders return nothing; pages read the cache with the same query options.
 */
export function createRoutes(
  /**
   * The cache a loader fills, from the request's context: the browser's one cache; when the build
   * renders, each page's own, so one set of routes serves every page a worker renders.
   */
  clientOf: (context: unknown) => QueryClient,
): RouteObject[] {
  const loaderFor =
    ({ query }: PageHandle) =>
    async ({ params, request, context }: LoaderFunctionArgs) => {
      const queryClient = clientOf(context);
      // The head code comes beside the document (its own chunk, useRouteHead.ts); the page shows
      // without it if it cannot come.
      const heads = loadPageHeads().catch(() => null);
      const document = query ? await queryClient.ensureQueryData(query(params)) : null;
      // The first page of another edition brings that edition's catalogue with it.
      const sitePath = new URL(request.url).pathname.slice(import.meta.env.BASE_URL.length - 1);
      await Promise.all([
        ensureCatalogue(queryClient, pageEdition(document, sitePath)),
        prepareDocument(document),
        heads,
      ]);
      return null;
    };
  const page = (handle: PageHandle) => ({ handle, loader: loaderFor(handle) });
  return [
    {
      id: 'root',
      path: '/',
      element: <Layout />,
      errorElement: <RootError />,
      // Only the dev server's empty shell shows this: pre-rendered pages hydrate with their data.
      hydrateFallbackElement: <p className="message-page" />,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          children: [
            ...listRoutes(site.editions[0], page),
            ...site.editions.slice(1).map((edition) => ({ path: edition.key, children: listRoutes(edition, page) })),
            { id: 'story', path: 'stories/:slug', ...page(storyPage), element: <StoryPage /> },
            {
              id: 'story-updates',
              path: 'stories/:slug/updates/:page',
              ...page(olderUpdatesPage),
              element: <StoryPage />,
            },
            {
              id: 'saved',
              path: 'saved',
              handle: plainPage(() => pageHeads().messageHead(translatorFor(mainEdition).t('saved.title'))),
              lazy: async () => ({ Component: (await import('../saved/SavedPage')).SavedPage }),
            },
            { id: 'not-found', path: '*', handle: plainPage(notFoundHead), element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
