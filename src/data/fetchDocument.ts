import { DOCUMENT_FORMAT } from './documents';
import { noteDocumentResponse } from '../offline/connection';
import { LoadError } from './loadErrors';

/** For the whole load, a refetch included: with no retry after a timeout, the reader hears within seconds. */
export const FETCH_TIMEOUT_MS = 8_000;

export interface FetchOptions {
  signal?: AbortSignal | undefined;
  /** `no-cache` makes the browser revalidate its copy (a cheap 304) whatever the host's headers. */
  cache?: RequestCache | undefined;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

async function fetchJson(
  url: string,
  signal: AbortSignal,
  timeout: AbortSignal,
  cache?: RequestCache,
): Promise<unknown> {
  let text: string;
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, signal, ...(cache && { cache }) });
    noteDocumentResponse(response);
    if (response.status === 404 || response.status === 410) {
      throw new LoadError('not-found', 'There is nothing at this address.', url);
    }
    if (!response.ok) {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new LoadError('server', `The server answered ${status}.`, url);
    }
    text = await response.text();
  } catch (error) {
    if (error instanceof LoadError) throw error;
    if (timeout.aborted) throw new LoadError('timeout', 'The server took too long to answer.', url);
    // The caller's own abort is no failure: its reason passes through, as fetch gives it.
    if (signal.aborted) throw error;
    noteDocumentResponse(null);
    throw new LoadError('network', 'The network request failed.', url);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new LoadError('malformed', 'The server sent a damaged document.', url);
  }
}

const ofThisFormat = (json: unknown): boolean => isObject(json) && json.format === DOCUMENT_FORMAT;

/**
 * Fetches one of the JSON documents the build wrote and trusts it once its format is this app's:
 * the build checked every story, so the browser checks nothing more. Each way a load fails
 * becomes a LoadError, so the reader sees what went wrong, never a half-drawn page.
 */
export async function fetchDocument<T extends { format: number }>(
  url: string,
  { signal, cache }: FetchOptions = {},
): Promise<T> {
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let json = await fetchJson(url, combined, timeout, cache);
  // Another format is most often an old copy, kept by the service worker or the HTTP cache from
  // before a deploy: the network has the current one.
  if (!ofThisFormat(json)) json = await fetchJson(url, combined, timeout, 'reload');
  if (ofThisFormat(json)) return json as T;
  if (isObject(json) && typeof json.format === 'number') {
    throw new LoadError(
      'outdated',
      `The site now sends documents of format ${json.format}; this page reads format ${DOCUMENT_FORMAT}.`,
      url,
    );
  }
  throw new LoadError('invalid', 'The document is not one of this site’s documents.', url);
}
