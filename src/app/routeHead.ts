import type { EnsureQueryDataOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import type { Params } from 'react-router';
import { isNotFound } from '../data/loadErrors';
import { translatorFor } from '../i18n/useMessages';
import { mainEdition } from '../site/config';
import type { PageHead } from '../site/head';
import { pageHeads } from './lazyPageHeads';

/**
 * What a page route declares in its `handle`: the document it shows (for its address) and its
 * <head>, decided once from that document. The pre-renderer and client-side navigation both ask
 * `pageHead`, so a page's title and tags are decided in one place.
 */
export interface PageHandle {
  query?: (params: Params) => EnsureQueryDataOptions<unknown, Error, unknown, QueryKey>;
  head: (data: never) => PageHead;
}

/** A page that shows one document: `head` gets that document. */
export function documentPage<T, K extends QueryKey>(
  query: (params: Params) => EnsureQueryDataOptions<T, Error, T, K>,
  head: (data: T) => PageHead,
): PageHandle {
  return { query: query as unknown as NonNullable<PageHandle['query']>, head };
}

/** A page without a document of its own. */
export const plainPage = (head: () => PageHead): PageHandle => ({ head });

/** The heads of the pages that show a message instead of content: their title is their h1's. */
export const notFoundHead = (): PageHead =>
  pageHeads().messageHead(translatorFor(mainEdition).t('error.notFoundTitle'));
export const errorHead = (): PageHead => pageHeads().messageHead(translatorFor(mainEdition).t('error.loadFailedTitle'));

/**
 * The head of the page at a route: from its document, or that of the 404 or error view shown
 * instead. It takes the head code (loadPageHeads) to be loaded.
 */
export function pageHead(handle: PageHandle | undefined, params: Params, queryClient: QueryClient): PageHead {
  if (!handle) return errorHead();
  const head = handle.head as (data?: unknown) => PageHead;
  if (!handle.query) return head();
  let queryKey: QueryKey;
  try {
    queryKey = handle.query(params).queryKey;
  } catch (error) {
    // The address itself names nothing (a malformed slug or page number).
    return isNotFound(error) ? notFoundHead() : errorHead();
  }
  const state = queryClient.getQueryState(queryKey);
  if (state?.data !== undefined) return head(state.data);
  return isNotFound(state?.error) ? notFoundHead() : errorHead();
}
