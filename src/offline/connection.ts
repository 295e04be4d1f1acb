import { FROM_CACHE_HEADER } from './offlineCaches';

/**
 * Whether the last document the page asked for failed to reach the network, or was the service
 * worker's kept copy, answered because the network failed: a better sign of being offline than
 * `navigator.onLine`, which can say "online" on a connection that answers nothing.
 */
let offline = false;
const listeners = new Set<() => void>();

/** Called with every document response the page reads, or with null when the request failed. */
export function noteDocumentResponse(response: Response | null): void {
  const offlineNow = response === null || response.headers.has(FROM_CACHE_HEADER);
  if (offlineNow === offline) return;
  offline = offlineNow;
  for (const listener of listeners) listener();
}

export const lastDocumentOffline = (): boolean => offline;

export function subscribeLastDocumentOffline(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
