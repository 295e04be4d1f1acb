import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { type DehydratedState, hydrate, QueryClientProvider } from '@tanstack/react-query';
import { loadNewVersion, newVersionLoadedJustNow } from './app/newVersion';
import { createRoutes } from './app/routes';
import { fetchDocument } from './data/fetchDocument';
import { LoadError } from './data/loadErrors';
import { createQueryClient } from './data/queryClient';
import { readPageData, ROOT_ID, withDocuments } from './app/pageData';
import { ensureCatalogue, registerCachedCatalogues } from './i18n/useMessages';
import { editionForPath } from './site/editions';
import { registerServiceWorker } from './offline/registerServiceWorker';
import { prepareDocument } from './story/lazyTextBlocks';
import { documentUrl } from './site/paths';
// The site's stylesheet, a file per part: a pre-rendered page inlines only the parts it can use
// (pipeline/styleSegments.ts); the build bundles them into one file, in this order.
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/story.css';
import './styles/lists.css';
import './styles/blocks.css';
import './styles/print.css';

/**
 * Starting up is split into tasks with a turn for the browser between them (to paint, or to
 * answer the reader), so none holds the main thread long: on a mid-range phone each of these
 * steps takes tens of milliseconds, and together they would block input for over 100 ms.
 * (An async function rather than top-level await, which would stop the bundler merging small
 * shared modules into this chunk.)
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    // A message is a task of its own, as React's scheduler uses, without setTimeout's clamping.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

const pageData = readPageData(document);
// The page's document is the one request hydrating waits for, so it is asked for at once.
const pageQueries = pageData && withDocuments(pageData.query, (path) => fetchDocument(documentUrl(path)));

/**
 * Without its document the page cannot hydrate, and it need not: it is complete as rendered, and
 * its links work as plain links. A document of another format means the site was deployed since
 * this page was built, and loading it afresh brings the matching page and app.
 */
function keepAsRendered(error: unknown): void {
  if (error instanceof LoadError && error.kind === 'outdated' && !newVersionLoadedJustNow()) loadNewVersion();
  else console.warn('The page stays as it was rendered:', error);
}

async function start() {
  await nextTask();
  const queryClient = createQueryClient();
  if (pageQueries !== null) {
    let query: DehydratedState;
    try {
      query = await pageQueries;
    } catch (error) {
      keepAsRendered(error);
      return;
    }
    // The page's data is current now that it has arrived; count it fresh from now, not from the
    // build, or every pre-rendered page would fetch its own data again on load.
    const now = Date.now();
    for (const dehydrated of query.queries) {
      dehydrated.dehydratedAt = now;
      dehydrated.state.dataUpdatedAt = now;
    }
    hydrate(queryClient, query);
    registerCachedCatalogues(queryClient);
    // The page is hydrated with the components it was rendered with.
    await Promise.all(query.queries.map((dehydrated) => prepareDocument(dehydrated.state.data)));
  } else {
    // The dev server's empty shell: the interface's words come before its first render.
    await ensureCatalogue(queryClient, editionForPath(location.pathname.slice(import.meta.env.BASE_URL.length - 1)));
  }

  await nextTask();
  const routes = createRoutes(() => queryClient);
  // A page whose route's code is a chunk of its own (lazy) hydrates once it is here, as it was rendered.
  for (const { route } of matchRoutes(routes, location, import.meta.env.BASE_URL) ?? []) {
    // Our lazy routes are functions (src/app/routes.tsx), never React Router's object form.
    if (route.lazy) Object.assign(route, await (route.lazy as () => Promise<object>)(), { lazy: undefined });
  }
  const router = createBrowserRouter(routes, {
    basename: import.meta.env.BASE_URL,
    ...(pageData && { hydrationData: pageData.router }),
  });

  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );

  await nextTask();
  const root = document.getElementById(ROOT_ID)!;
  // A pre-rendered page carries its data and is hydrated; the dev server's empty shell is rendered.
  // Hydrating in a transition lets React yield to the browser every few milliseconds instead of
  // holding the main thread for the whole page: the page is already readable, so nothing waits.
  if (pageData) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);

  registerServiceWorker(queryClient);
}

void start();
