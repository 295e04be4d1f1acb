type PageHeads = typeof import('./pageHeads');

let loaded: PageHeads | null = null;

/**
 * The head code (pageHeads.ts), for a route's `handle` to decide its head with: loaded by every
 * route's loader, and before the pre-renderer asks for a head. Asked for before that is a bug.
 */
export function pageHeads(): PageHeads {
  if (!loaded) throw new Error('pageHeads() before loadPageHeads()');
  return loaded;
}

export async function loadPageHeads(): Promise<PageHeads> {
  loaded ??= await import('./pageHeads');
  return loaded;
}

/**
 * Starts loading it ahead of a navigation (a link pointed at), so the click does not wait for it.
 * A failure (offline, before the worker keeps it) is left to the navigation, which goes on without it.
 */
export function preloadPageHeads(): void {
  loadPageHeads().catch(() => {});
}
