import { Readable } from 'node:stream';
import type { EnumChangefreq, SitemapIndexStream, SitemapItemLoose, SitemapStream } from 'sitemap';
import type { StoryIndex } from '../src/data/storyIndex.ts';
import { publicUrl } from '../src/collections/collectionHead.ts';
import type { Collections } from '../src/data/collections.ts';
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

/**
 * The sitemap files: stories oldest first, so a new story changes only the last file (and an
 * edit only the file it is in), and the list pages, whose count moves with every story, apart.
 */
export function sitemapFiles(
  indexes: StoryIndex | StoryIndex[],
  size = URLS_PER_SITEMAP,
  /** Each edition's topics, authors and months: their pages are lists too. */
  collections: Collections[] = [],
): SitemapFile[] {
  const editions = Array.isArray(indexes) ? indexes : [indexes];
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
  const entries = editions.flatMap((index) => index.entries);
  if (editions.length > 1) {
    entries.sort(
      (a, b) =>
        Date.parse(b.summary.published) - Date.parse(a.summary.published) ||
        a.summary.slug.localeCompare(b.summary.slug),
    );
  }
  const stories: SitemapItemLoose[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    stories.push({ url: absoluteUrl(storyPath(entry.summary.slug)), lastmod: entry.updated });
  }
  return [...chunks('stories', stories, size), ...chunks('lists', lists, size)];
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
