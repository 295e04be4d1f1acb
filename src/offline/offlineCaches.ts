/**
 * What the service worker (serviceWorker.ts) and the pages agree on: the caches they share and
 * the one message a page sends. Plain constants, so the build can import them too.
 */
export const CACHES = {
  /** Story and list documents the reader has opened recently, newest kept, oldest expired. */
  data: 'dispatch-data',
  /** Image variants the reader has seen recently. */
  images: 'dispatch-images',
  /** Documents and images of the stories the reader saved: never expired, only removed by the reader. */
  saved: 'dispatch-saved',
} as const;

/** The page the worker answers a navigation with when the network fails: the app, without a page in it. */
export const SHELL_FILE = 'shell.html';

/**
 * A header the worker adds to a document it answers from its caches because the network failed,
 * so the page can say it is offline even where `navigator.onLine` says otherwise.
 */
export const FROM_CACHE_HEADER = 'x-dispatch-from-cache';

/** A page hands the worker what it was rendered from, so it opens offline later. */
export const KEEP_PAGE = 'keep-page';

export interface KeptDocument {
  /** The document's path under the site's base path, such as `data/stories/harbour.json`. */
  path: string;
  json: string;
}

export interface KeepPageMessage {
  type: typeof KEEP_PAGE;
  documents: KeptDocument[];
  /** Addresses of the site's images the page shows, as the browser chose them. */
  images: string[];
}
