import type { WorkboxPlugin } from 'workbox-core';
import { CacheExpiration, ExpirationPlugin } from 'workbox-expiration';
import { enable as enableNavigationPreload } from 'workbox-navigation-preload';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { variantStem } from '../images/imageVariants';
import { CACHES, FROM_CACHE_HEADER, KEEP_PAGE, SHELL_FILE, type KeepPageMessage } from './offlineCaches';

/**
 * The service worker (built to sw.js by pipeline/serviceWorker.ts). It keeps the app shell (this
 * build's hashed scripts, styles and fonts, and the empty app page) in a precache with one
 * revision per file, and what the reader has read in runtime caches, so recently read and saved
 * stories open offline.
 *
 * Offline, a navigation is answered with the app shell from the precache, never with a page kept
 * from an earlier visit: an old page names scripts that a newer build no longer has, while the
 * shell always matches the scripts in its own precache. The shell renders the route in the
 * browser from the cached JSON document, or shows the app's error view when there is none.
 *
 * Updates: no skipWaiting() and no clientsClaim(). A new worker installs beside the old one and
 * waits until no tab runs the old version, so a tab never has its files answered by two builds
 * (old scripts loading chunks from the new precache). Online, every page comes from the network
 * with its own build's scripts anyway; the wait only decides which shell answers when offline.
 */

interface ExtendableMessageEvent extends MessageEvent {
  waitUntil(promise: Promise<unknown>): void;
}

declare const self: {
  __WB_MANIFEST: (PrecacheEntry | string)[];
  registration: ServiceWorkerRegistration;
  location: Location;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
};

/** Past this, a slow network loses to the cache: a reader on a train gets the saved copy, not a spinner. */
const NETWORK_TIMEOUT_SECONDS = 4;
const DAY = 24 * 60 * 60;
const DATA_LIMITS = { maxEntries: 200, maxAgeSeconds: 30 * DAY };
const IMAGE_LIMITS = { maxEntries: 300, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true };

/** Workbox's own plugin, typed for the plugin lists (its types predate exactOptionalPropertyTypes). */
const expiration = (limits: ConstructorParameters<typeof ExpirationPlugin>[0]) =>
  new ExpirationPlugin(limits) as WorkboxPlugin;

const scope = new URL(self.registration.scope);
const sameOriginUnder =
  (folder: string) =>
  ({ url }: { url: URL }) =>
    url.origin === scope.origin && url.pathname.startsWith(`${scope.pathname}${folder}`);

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
enableNavigationPreload();

/** A kept document, marked as such for the page (FROM_CACHE_HEADER). */
function markedFromCache(response: Response): Response {
  const headers = new Headers(response.headers);
  headers.set(FROM_CACHE_HEADER, '1');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

/** Kept copies, marked: the recent cache when the network fails, then a saved story when that has none. */
const keptCopies: WorkboxPlugin = {
  handlerDidError: async ({ request }) => {
    const saved = await (await caches.open(CACHES.saved)).match(request);
    return saved && markedFromCache(saved);
  },
  // NetworkFirst reads its cache only when the network has failed or is too slow.
  cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse && markedFromCache(cachedResponse),
};

const imageStem = (url: string): string => {
  const { pathname } = new URL(url);
  return variantStem(pathname) ?? pathname.replace(/\.[^./]+$/, '');
};

/**
 * Offline, any kept width or format of the same picture beats a broken image: the browser tells
 * formats by their bytes, so a JPEG answers a request for the AVIF just as well.
 */
const anyKeptVariant: WorkboxPlugin = {
  handlerDidError: async ({ request }) => {
    const stem = imageStem(request.url);
    for (const name of [CACHES.images, CACHES.saved]) {
      const cache = await caches.open(name);
      const key = (await cache.keys()).find((kept) => imageStem(kept.url) === stem);
      if (key) return (await cache.match(key)) ?? undefined;
    }
    return undefined;
  },
};

registerRoute(
  ({ request }) => request.mode === 'navigate',
  new NetworkOnly({
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [{ handlerDidError: async () => (await matchPrecache(SHELL_FILE)) ?? undefined }],
  }),
);

registerRoute(
  sameOriginUnder('data/'),
  new NetworkFirst({
    cacheName: CACHES.data,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [expiration(DATA_LIMITS), keptCopies],
  }),
);

registerRoute(
  sameOriginUnder('images/'),
  new CacheFirst({ cacheName: CACHES.images, plugins: [expiration(IMAGE_LIMITS), anyKeptVariant] }),
);

const dataExpiration = new CacheExpiration(CACHES.data, DATA_LIMITS);
const imageExpiration = new CacheExpiration(CACHES.images, IMAGE_LIMITS);

/**
 * What a page was rendered from arrives here: the documents it embeds and the images it fetched
 * past the worker. The images are kept first: once a document is kept, its page opens offline
 * with everything it was sent with.
 */
async function keepPage({ documents, images }: KeepPageMessage): Promise<void> {
  const kept = await caches.open(CACHES.images);
  for (const url of images) {
    if (!sameOriginUnder('images/')({ url: new URL(url) })) continue;
    // Usually answered from the browser's HTTP cache: the page has just loaded the image.
    const stored = await kept.add(url).then(
      () => true,
      () => false,
    );
    if (stored) await imageExpiration.updateTimestamp(url);
  }
  const data = await caches.open(CACHES.data);
  for (const { path, json } of documents) {
    if (!path.startsWith('data/') || path.includes('..')) continue;
    const url = new URL(path, scope).href;
    await data.put(url, new Response(json, { headers: { 'content-type': 'application/json; charset=utf-8' } }));
    await dataExpiration.updateTimestamp(url);
  }
  await Promise.all([dataExpiration.expireEntries(), imageExpiration.expireEntries()]);
}

self.addEventListener('message', (event) => {
  const message = event.data as Partial<KeepPageMessage> | null;
  if (message?.type === KEEP_PAGE && Array.isArray(message.documents) && Array.isArray(message.images)) {
    event.waitUntil(keepPage(message as KeepPageMessage));
  }
});
