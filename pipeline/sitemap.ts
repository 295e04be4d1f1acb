import { Readable } from 'node:stream';
import type { EnumChangefreq, SitemapIndexStream, SitemapItemLoose, SitemapStream } from 'sitemap';
import { newestFirst, type StoryIndex } from '../src/data/storyIndex.ts';
import { publicUrl } from '../src/collections/collectionHead.ts';
import type { Collections } from '../src/data/collections.ts';
import type { LivePageDates } from './liveDocuments.ts';
import { absoluteUrl, archivePath, collectionPath, listPath, storyPath } from '../src/site/paths.ts';

/** The protocol's limit of URLs in one sitemap file. */
export const URLS_PER_SITEMAP = 50_000;

export interface SitemapFile {
  name: string;
  urls: SitemapItemLoose[];
}

function chunks(name: string, urls: SitemapItemLoose[], size: number): SitemapFile[] {
  const files: SitemapFile[] = [];
  for (let start = 0; start < urls.length; start += size) {
    files.push({ name: `sitemap-${name}-${files.length + 1}.xml`, urls: urls.slice(start, start + size) });
  }
  return files;
}

/** What the sitemap lists: each edition's stories and collections, and a live story's pages' dates. */
export interface SitemapContent {
  editions: StoryIndex[];
  /** Each edition's topics, authors and months: their pages are lists too. */
  collections?: Collections[];
  /** A live story's dates (from its facts: pipeline/liveDocuments.ts); undefined for any other story. */
  live?: (slug: string) => LivePageDates | undefined;
}

/**
 * The sitemap files: stories oldest first, so a new story changes only the last file (and an
 * edit only the file it is in); live stories' older pages in the order they were made, so a new
 * one changes only the last of their files; and the list pages, whose count moves with every
 * story, apart. A live story's address is modified with each update it shows.
 */
export function sitemapFiles(
  { editions, collections = [], live = () => undefined }: SitemapContent,
  size = URLS_PER_SITEMAP,
): SitemapFile[] {
  const lists: SitemapItemLoose[] = [];
  for (const edition of collections) {
    lists.push({ url: publicUrl(archivePath(edition.edition)), changefreq: 'daily' as EnumChangefreq });
    for (const gathered of edition.all()) {
      for (const page of edition.pages(gathered)) {
        const { kind, key } = page.collection;
        lists.push({
          url: publicUrl(collectionPath(kind, key, edition.edition, page.page)),
          changefreq: 'daily' as EnumChangefreq,
        });
      }
    }
  }
  for (const index of editions) {
    for (const section of [null, ...index.sections]) {
      for (const page of index.listPages(section)) {
        lists.push({
          url: absoluteUrl(listPath(section, page.page, index.edition)),
          changefreq: 'hourly' as EnumChangefreq,
        });
      }
    }
  }
  // Every edition's stories in one sequence, oldest first (the reverse of the lists' newest first).
  const all = editions.flatMap((index) => index.entries);
  const entries = editions.length > 1 ? newestFirst(all) : all;
  const stories: SitemapItemLoose[] = [];
  const olderPages: { url: string; lastmod: string; made: number }[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const { slug } = entries[i]!.summary;
    const dates = live(slug);
    stories.push({ url: absoluteUrl(storyPath(slug)), lastmod: dates?.modified ?? entries[i]!.updated });
    dates?.olderPages.forEach(({ made, modified }, j) => {
      olderPages.push({ url: absoluteUrl(storyPath(slug, j + 1)), lastmod: modified, made: Date.parse(made) });
    });
  }
  // Pages made at the same moment (by updates of two stories) keep one order: by address.
  olderPages.sort((a, b) => a.made - b.made || a.url.localeCompare(b.url));
  const updates = olderPages.map(({ url, lastmod }) => ({ url, lastmod }));
  return [...chunks('stories', stories, size), ...chunks('updates', updates, size), ...chunks('lists', lists, size)];
}

// The package is loaded when a sitemap file is written: most publishes write none.
const sitemapPackage = () => import('sitemap');

const xml = async (stream: SitemapStream | SitemapIndexStream, items: (SitemapItemLoose | string)[]) => {
  Readable.from(items).pipe(stream);
  return (await (await sitemapPackage()).streamToPromise(stream)).toString();
};

export const sitemapXml = async (file: SitemapFile): Promise<string> =>
  xml(new (await sitemapPackage()).SitemapStream(), file.urls);

/** `sitemap.xml`: the index of every sitemap file. */
export const sitemapIndexXml = async (files: SitemapFile[]): Promise<string> =>
  xml(
    new (await sitemapPackage()).SitemapIndexStream(),
    files.map((file) => absoluteUrl(`/${file.name}`)),
  );

export const robotsTxt = (): string => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`;
