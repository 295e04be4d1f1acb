import { queryOptions } from '@tanstack/react-query';
import { listPageSchema, storyPageSchema } from './schema';
import { fetchContent } from './fetchContent';
import { listDataPath, storyDataPath } from '../site/paths';

const dataUrl = (path: string): string => `${import.meta.env.BASE_URL}${path}`;

export const getStoryPage = (slug: string, signal?: AbortSignal) =>
  fetchContent(dataUrl(storyDataPath(slug)), storyPageSchema, signal);

export const getListPage = (section: string | null, page: number, signal?: AbortSignal) =>
  fetchContent(dataUrl(listDataPath(section, page)), listPageSchema, signal);

/** One key per document: loaders, components, prefetching and the pre-renderer all share these. */
export const storyPageQuery = (slug: string) =>
  queryOptions({
    queryKey: ['story', slug],
    queryFn: ({ signal }) => getStoryPage(slug, signal),
  });

export const listPageQuery = (section: string | null, page: number) =>
  queryOptions({
    queryKey: ['list', section, page],
    queryFn: ({ signal }) => getListPage(section, page, signal),
  });
