import { createWriteStream, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { EnumChangefreq, SitemapAndIndexStream, SitemapStream, type SitemapItemLoose } from 'sitemap';
import type { StoryIndex } from '../src/data/storyIndex.ts';
import { absoluteUrl, listPath, storyPath } from '../src/site/paths.ts';

/** The protocol's limit of URLs in one sitemap file. */
const URLS_PER_SITEMAP = 50_000;

function* urls(index: StoryIndex): Generator<SitemapItemLoose> {
  for (const section of [null, ...index.sections]) {
    for (const page of index.listPages(section)) {
      const url = absoluteUrl(listPath(section, page.page));
      yield { url, changefreq: EnumChangefreq.HOURLY };
    }
  }
  for (const entry of index.entries) yield { url: absoluteUrl(storyPath(entry.summary.slug)), lastmod: entry.updated };
}

/**
 * sitemap.xml, an index of sitemap-N.xml files, listing every story and list page, streamed so a
 * large site is never held in memory; and robots.txt pointing at it.
 */
export async function writeSitemap(index: StoryIndex, outDir: string): Promise<void> {
  const sitemaps = new SitemapAndIndexStream({
    limit: URLS_PER_SITEMAP,
    getSitemapStream: (i) => {
      const name = `sitemap-${i}.xml`;
      const sitemap = new SitemapStream();
      const file = createWriteStream(path.join(outDir, name));
      sitemap.pipe(file);
      return [absoluteUrl(`/${name}`), sitemap, file];
    },
  });
  await pipeline(Readable.from(urls(index)), sitemaps, createWriteStream(path.join(outDir, 'sitemap.xml')));
  writeFileSync(
    path.join(outDir, 'robots.txt'),
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`,
  );
}
