import { site } from './config';

/**
 * Every URL the site uses, in one place. Paths are relative to the site's base path and end
 * in a slash, so each one is a folder with an index.html on any static host.
 */

/** Where an edition's pages live: '' for the main edition (the site's root), `ar/` for /ar/. */
const editionPrefix = (edition: string): string => (edition === '' ? '' : `${edition}/`);

/** A page of a story list: an edition's front page (section null) or a section's. */
export const listPath = (section: string | null, page = 1, edition = ''): string => {
  const list = `/${editionPrefix(edition)}${section === null ? '' : `sections/${section}/`}`;
  return page === 1 ? list : `${list}page/${page}/`;
};

/** A list's feeds sit in its folder: `/feed.xml`, `/sections/world/feed.json`, `/ar/feed.xml`. */
export const feedPath = (section: string | null, format: 'rss' | 'json', edition = ''): string =>
  `${listPath(section, 1, edition)}feed.${format === 'rss' ? 'xml' : 'json'}`;

/** A story; with `page`, a live story's older updates: page 1 is the oldest, so a page's address never changes. */
export const storyPath = (slug: string, page?: number | null): string =>
  `/stories/${slug}/${page ? `updates/${page}/` : ''}`;

/** What a story list beside the front page and sections gathers: a tag's, an author's or a month's stories. */
export type CollectionKind = 'topics' | 'authors' | 'archive';

/** `/topics/marrow-bay/`, `/authors/jude-varga/page/2/`, `/ar/archive/2026/11/`: key is "2026/11" for a month. */
export const collectionPath = (kind: CollectionKind, key: string, edition = '', page = 1): string =>
  `/${editionPrefix(edition)}${kind}/${key}/${page === 1 ? '' : `page/${page}/`}`;

/** An edition's search page: `/search/?q=salt`. Its indexes' paths: src/search/searchPaths.ts. */
export const searchPath = (edition = ''): string => `/${editionPrefix(edition)}search/`;

/** The archive's index of months. */
export const archivePath = (edition = ''): string => `/${editionPrefix(edition)}archive/`;

/** A collection's feeds sit in its folder, like a section's. */
export const collectionFeedPath = (kind: CollectionKind, key: string, format: 'rss' | 'json', edition = ''): string =>
  `${collectionPath(kind, key, edition)}feed.${format === 'rss' ? 'xml' : 'json'}`;

/** The stories the reader saved on this device (src/saved/SavedPage.tsx). */
export const savedPath = '/saved/';

/** Where a route's data lives, relative to the base path. */
export const storyDataPath = (slug: string, page?: number | null): string =>
  `data/stories/${slug}${page ? `/updates/${page}` : ''}.json`;

export const listDataPath = (section: string | null, page: number, edition = ''): string =>
  `data/${editionPrefix(edition)}${section === null ? `front/${page}.json` : `sections/${section}/${page}.json`}`;

export const collectionDataPath = (kind: CollectionKind, key: string, page: number, edition = ''): string =>
  `data/${editionPrefix(edition)}${kind}/${key}/${page}.json`;

export const archiveDataPath = (edition = ''): string => `data/${editionPrefix(edition)}archive.json`;

/** An interface catalogue: the page data carries its own, another edition's is fetched. */
export const messagesDataPath = (name: string): string => `data/messages/${name}.json`;

/** The address the browser fetches a document from. */
export const documentUrl = (dataPath: string): string => `${import.meta.env.BASE_URL}${dataPath}`;

/** The public URL of a site path: what canonical links, feeds and share targets use. */
export function absoluteUrl(path: string): string {
  return `${site.url}${site.basePath}${path.replace(/^\//, '')}`;
}
