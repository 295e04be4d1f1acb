import type { Query, QueryClient } from '@tanstack/react-query';
import { whenIdle } from '../lib/whenIdle';
import { KEEP_PAGE, type KeepPageMessage, type KeptDocument } from './offlineCaches';

function keptDocument(query: Query): KeptDocument | null {
  const path = query.meta?.documentPath;
  if (typeof path !== 'string' || query.state.status !== 'success') return null;
  return { path, json: JSON.stringify(query.state.data) };
}

/** The site's own images on the page that have loaded, in the variant the browser chose. */
function shownImages(): string[] {
  const folder = new URL(`${import.meta.env.BASE_URL}images/`, window.location.href).href;
  return [...document.images].map((img) => img.currentSrc).filter((url) => url.startsWith(folder));
}

/**
 * Hands the worker what this page was rendered from while the worker does not control it (the
 * first visit, whose requests went past it), and the documents the page embeds instead of
 * fetching: without this the story just read would not open offline.
 */
function keepPage(worker: ServiceWorker, queryClient: QueryClient): void {
  // Each image once: every prefetch that succeeds sends the page's images again.
  const sent = new Set<string>();
  const send = (queries: Query[], shown: string[]) => {
    const documents = queries.map(keptDocument).filter((document) => document !== null);
    const images = shown.filter((url) => !sent.has(url));
    for (const url of images) sent.add(url);
    if (documents.length > 0 || images.length > 0)
      worker.postMessage({ type: KEEP_PAGE, documents, images } satisfies KeepPageMessage);
  };
  const controlled = () => navigator.serviceWorker.controller !== null;
  send(queryClient.getQueryCache().getAll(), controlled() ? [] : shownImages());
  queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'success' || controlled()) return;
    // Once the page it opened has rendered, with the images that page shows: a story read by
    // client navigation opens offline with its pictures, not only its text.
    whenIdle(() => send([event.query], shownImages()));
  });
}

/**
 * Registers the offline worker (sw.js) in production builds, once the page has loaded and the
 * browser is idle: installing it downloads the app shell, which must not compete with the page.
 */
export function registerServiceWorker(queryClient: QueryClient): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () =>
    whenIdle(() => {
      navigator.serviceWorker
        .register(`${base}sw.js`, { scope: base })
        .then(() => navigator.serviceWorker.ready)
        .then((registration) => registration.active && keepPage(registration.active, queryClient))
        // Without a worker the site works as before, only not offline: nothing for the reader to act on.
        .catch((error: unknown) => console.warn('Offline reading is not available:', error));
    });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
