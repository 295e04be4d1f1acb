import { queryOptions } from '@tanstack/react-query';
import type { ListPage, StoryPage } from './documents';
import { fetchDocument } from './fetchDocument';
import { documentUrl, listDataPath, storyDataPath } from '../site/paths';

export const getStoryPage = (slug: string, signal?: AbortSignal) =>
  fetchDocument<StoryPage>(documentUrl(storyDataPath(slug)), { signal });

export const getListPage = (section: string | null, page: number, signal?: AbortSignal, cache?: RequestCache) =>
  fetchDocument<ListPage>(documentUrl(listDataPath(section, page)), { signal, cache });

/**
 * One key per document: loaders, components, prefetching and the pre-renderer all share these.
 * `meta.documentPath` travels with a query into the page data, so the offline worker can keep
 * the document a page was rendered from (src/offline/registerServiceWorker.ts).
 */
export const storyPageQuery = (slug: string) =>
  queryOptions({
    queryKey: ['story', slug],
    queryFn: ({ signal }) => getStoryPage(slug, signal),
    meta: { documentPath: storyDataPath(slug) },
  });

export const listPageQuery = (section: string | null, page: number) =>
  queryOptions({
    queryKey: ['list', section, page],
    queryFn: ({ signal }) => getListPage(section, page, signal),
    meta: { documentPath: listDataPath(section, page) },
  });
