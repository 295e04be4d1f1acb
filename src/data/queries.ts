import { queryOptions } from '@tanstack/react-query';
import type { ListPage, MessagesDocument, StoryPage } from './documents';
import { fetchDocument } from './fetchDocument';
import { documentUrl, listDataPath, messagesDataPath, storyDataPath } from '../site/paths';

export const getStoryPage = (slug: string, signal?: AbortSignal, page?: number) =>
  fetchDocument<StoryPage>(documentUrl(storyDataPath(slug, page)), { signal });

export const getListPage = (
  section: string | null,
  page: number,
  signal?: AbortSignal,
  cache?: RequestCache,
  edition = '',
) => fetchDocument<ListPage>(documentUrl(listDataPath(section, page, edition)), { signal, cache });

/**
 * One key per document: loaders, components, prefetching and the pre-renderer all share these.
 * `meta.documentPath` travels with a query into the page data, so the offline worker can keep
 * the document a page was rendered from (src/offline/registerServiceWorker.ts).
 */
/** A story's page; with `page`, a live story's older page of updates (the same kind of document). */
export const storyPageQuery = (slug: string, page?: number) =>
  queryOptions({
    queryKey: page ? ['story', slug, String(page)] : ['story', slug],
    queryFn: ({ signal }) => getStoryPage(slug, signal, page),
    meta: { documentPath: storyDataPath(slug, page) },
  });

/** A list of the main edition (the only one of a single-language site), or of the edition named. */
export const listPageQuery = (section: string | null, page: number, edition = '') =>
  queryOptions({
    queryKey: edition === '' ? ['list', section, page] : ['list', section, page, edition],
    queryFn: ({ signal }) => getListPage(section, page, signal, undefined, edition),
    meta: { documentPath: listDataPath(section, page, edition) },
  });

/**
 * An interface catalogue: it changes only with a deploy, so it is never refetched while the app
 * runs. Like a page's document it is named in the page data, not carried there: it is the same
 * 7 KB on every page of an edition, fetched beside the page's document (the offline worker has it
 * precached), where embedding it wrote it again into every page.
 */
export const messagesQuery = (name: string) =>
  queryOptions({
    queryKey: ['messages', name],
    queryFn: ({ signal }) => fetchDocument<MessagesDocument>(documentUrl(messagesDataPath(name)), { signal }),
    staleTime: Number.POSITIVE_INFINITY,
    meta: { documentPath: messagesDataPath(name) },
  });
