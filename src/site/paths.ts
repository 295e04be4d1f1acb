import { site } from './config';

/**
 * Every URL the site uses, in one place. Paths are relative to the site's base path and end
 * in a slash, so each one is a folder with an index.html on any static host.
 */

export const frontPath = (page = 1): string => (page === 1 ? '/' : `/page/${page}/`);

export const sectionPath = (section: string, page = 1): string =>
  page === 1 ? `/sections/${section}/` : `/sections/${section}/page/${page}/`;

export const storyPath = (slug: string): string => `/stories/${slug}/`;

/** The stories the reader saved on this device (src/saved/SavedPage.tsx). */
export const savedPath = '/saved/';

/** Where a route's data lives, relative to the base path. */
export const storyDataPath = (slug: string): string => `data/stories/${slug}.json`;

export const listDataPath = (section: string | null, page: number): string =>
  section === null ? `data/front/${page}.json` : `data/sections/${section}/${page}.json`;

/** The public URL of a site path: what canonical links, feeds and share targets use. */
export function absoluteUrl(path: string): string {
  return `${site.url}${site.basePath}${path.replace(/^\//, '')}`;
}
