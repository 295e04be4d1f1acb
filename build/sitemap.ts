import { renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleSitemapAndIndex, EnumChangefreq, type SitemapItemLoose } from 'sitemap';
import type { StoryIndex } from '../src/content/storyIndex.ts';
import { site } from '../src/site/config.ts';
import { absoluteUrl, frontPath, sectionPath, storyPath } from '../src/site/paths.ts';

/**
 * sitemap.xml (an index of sitemap-N.xml files, split at the protocol's 50,000 URLs) listing
 * every story and list page, and robots.txt pointing at it.
 */
export async function writeSitemap(index: StoryIndex, outDir: string): Promise<void> {
  const urls: SitemapItemLoose[] = [
    ...index.listPages(null).map((page) => ({ url: absoluteUrl(frontPath(page.page)), changefreq: EnumChangefreq.HOURLY })),
    ...index.sections.flatMap((section) =>
      index.listPages(section).map((page) => ({ url: absoluteUrl(sectionPath(section, page.page)), changefreq: EnumChangefreq.HOURLY })),
    ),
    ...index.entries.map((entry) => ({ url: absoluteUrl(storyPath(entry.summary.slug)), lastmod: entry.updated })),
  ];
  await simpleSitemapAndIndex({
    hostname: site.url,
    sourceData: urls,
    destinationDir: path.relative(process.cwd(), outDir),
    publicBasePath: site.basePath,
    gzip: false,
  });
  renameSync(path.join(outDir, 'sitemap-index.xml'), path.join(outDir, 'sitemap.xml'));
  writeFileSync(path.join(outDir, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`);
}
