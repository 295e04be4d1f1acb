import { queryOptions } from '@tanstack/react-query';
import { listPageSchema, storyPageSchema } from './schema';
import { fetchContent } from './fetchContent';
import { listDataPath, storyDataPath } from '../site/paths';

const dataUrl = (path: string): string => `${import.meta.env.BASE_URL}${path}`;

export const getStoryPage = (slug: string, signal?: AbortSignal) =>
  fetchContent(dataUrl(storyDataPath(slug)), storyPageSchema, signal);

export const getListPage = (section: string | null, page: number, signal?: AbortSignal, cache?: RequestCache) =>
  fetchContent(dataUrl(listDataPath(section, page)), listPageSchema, signal, cache);

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
