import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DOCUMENT_FORMAT, type StoryPage, type StorySummary } from '../src/data/documents.ts';
import { translatorFor } from '../src/i18n/useMessages.ts';
import { editionByKey } from '../src/site/editions.ts';
import type { StoryFacts } from './check/storyCache.ts';
import { olderPageDocument, withNewestPage } from './liveDocuments.ts';
import { messagesDocument } from '../src/i18n/allCatalogues.ts';
import type { CatalogueName } from '../src/i18n/catalogues.ts';
import { site } from '../src/site/config.ts';
import { livePollDataPath } from '../src/liveblog/livePaths.ts';
import { messagesDataPath } from '../src/site/paths.ts';
import { searchPartitionsPath } from '../src/search/searchPaths.ts';
import { partitionList, searchPartitions, writeSearchPartition } from './searchIndex.ts';
import type { Content } from './check/readContent.ts';
import { linkedSlugs } from '../src/data/linkedStories.ts';
import type { PageAssets } from '../src/site/documentHtml.ts';
import { collectionFeedSpecs, feedSpecs, writeFeed } from './feeds.ts';
import { headersFile, type InlineHashes } from './headers.ts';
import { writeImages } from './images.ts';
import { jobKey, type Job, type OutputWriter } from './output/job.ts';
import { navHashes } from './navHashes.ts';
import { writeServiceWorker } from './serviceWorker.ts';
import { scriptFontJobs } from './scriptFonts.ts';
import { robotsTxt, sitemapFiles, sitemapIndexXml, sitemapXml } from './sitemap.ts';

/** What the site's jobs are made from, besides the content. */
export interface SiteInputs {
  content: Content;
  /** The client build's files, copied into the site as they are. */
  clientDir: string;
  serviceWorker: string;
  assets: PageAssets;
  hashes: InlineHashes;
  imagesDir: string;
  /** imageSignatures(imagesDir), taken once per build. */
  images: Map<string, string>;
  /** Where what is worked out from the content is kept for the next build (the story cache's folder). */
  keptDir?: string;
}

/**
 * A live story's outputs besides its page: each older page of updates (its key is the hash of
 * its document, so a new update rewrites only the pages whose contents it shifts), the poll
 * document and the story's own feeds.
 */
function* liveJobs(
  slug: string,
  facts: StoryFacts,
  content: Content,
  /** The cards its updates' related links show, and their stories' summary hashes, for its pages' and feed's keys. */
  linked: { cards: StorySummary[]; hashes: (string | null)[] },
): Generator<Job> {
  if (!facts.live) return;
  const { olderPages, poll } = facts.live;
  for (const [i, hash] of olderPages.entries()) {
    yield {
      id: `story-updates:${slug}:${i + 1}`,
      perStory: slug,
      key: jobKey(hash, linked.hashes),
      task: () => ({
        kind: 'page',
        seed: { kind: 'story', page: olderPageDocument(content.published(slug), i + 1, linked.cards) },
      }),
    };
  }
  yield {
    id: `live-poll:${slug}`,
    perStory: slug,
    key: jobKey(poll),
    write: (out) => out.file(livePollDataPath(slug), JSON.stringify(poll)),
  };
  yield {
    id: `live-feed:${slug}`,
    perStory: slug,
    key: jobKey(facts.fileHash, linked.hashes),
    write: async (out) => {
      const { writeLiveFeed } = await import('./liveFeed.ts');
      writeLiveFeed(content.published(slug), linked.cards, out);
    },
  };
}

/** Files under `dir`, as `/`-separated paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The content images as the build sees them: each file's size and change time. Editing an image
 * changes this, and with it the key of the images job and of every card showing it.
 */
export function imageSignatures(dir: string): Map<string, string> {
  const signatures = new Map<string, string>();
  for (const file of filesUnder(dir)) {
    const stat = statSync(path.join(dir, file));
    signatures.set(`/images/${file}`, `${stat.size}:${stat.mtimeMs}:${stat.ino}`);
  }
  return signatures;
}

/**
 * Every output of the site as a job (docs/incremental.md), derived from the content in memory: the
 * app's files, the 404 and Saved pages, list pages, story pages and their cards, images, feeds,
 * sitemaps, `_headers` and the service worker. A part of the site that adds outputs adds its jobs
 * here. Keys hash each input once: a page that shows a story carries the hash of its summary.
 */
export function* siteJobs(inputs: SiteInputs): Generator<Job> {
  const { content, clientDir, assets, hashes } = inputs;
  const { facts } = content;
  const summaryHash = (summary: Pick<StorySummary, 'slug'> | null) =>
    summary ? facts.get(summary.slug)!.summaryHash : null;
  const { images } = inputs;

  const client = filesUnder(clientDir);
  yield {
    id: 'app',
    key: jobKey(client),
    write: (out) => {
      for (const file of client) out.link(path.join(clientDir, file), file);
    },
  };
  // Each edition's interface catalogue: pages carry their own, and fetch another's on the way to it.
  for (const name of new Set(site.editions.map((edition) => edition.messages as CatalogueName))) {
    const document = messagesDocument(name);
    yield {
      id: `messages:${name}`,
      key: jobKey(document),
      write: (out) => out.file(messagesDataPath(name), JSON.stringify(document)),
    };
  }
  yield { id: 'page:not-found', key: '', task: () => ({ kind: 'page', seed: { kind: 'not-found' } }) };
  yield { id: 'page:saved', key: '', task: () => ({ kind: 'page', seed: { kind: 'saved' } }) };
  for (const { key } of site.editions) {
    yield { id: `page:search:${key}`, key: '', task: () => ({ kind: 'page', seed: { kind: 'search', edition: key } }) };
  }

  for (const edition of content.editions) {
    for (const section of [null, ...edition.sections]) {
      for (const page of edition.listPages(section)) {
        yield {
          id: `list:${edition.edition ? `${edition.edition}/` : ''}${section ?? ''}:${page.page}`,
          key: jobKey(page.pageCount, summaryHash(page.lead), page.stories.map(summaryHash)),
          task: () => ({ kind: 'page', seed: { kind: 'list', page } }),
        };
      }
    }
  }

  // Topics, authors and months: paged like sections, and the archive's index of months.
  for (const collections of content.collections) {
    const prefix = collections.edition ? `${collections.edition}/` : '';
    for (const gathered of collections.all()) {
      const { kind, key } = gathered.collection;
      for (const page of collections.pages(gathered)) {
        yield {
          id: `collection:${prefix}${kind}/${key}:${page.page}`,
          key: jobKey(page.pageCount, page.collection, page.stories.map(summaryHash)),
          task: () => ({ kind: 'page', seed: { kind: 'collection', page } }),
        };
      }
    }
    const archive = collections.archive();
    yield {
      id: `archive:${prefix}`,
      key: jobKey(archive),
      task: () => ({ kind: 'page', seed: { kind: 'archive', page: archive } }),
    };
  }

  for (const edition of content.editions) {
    const navHash = navHashes(edition, inputs.keptDir);
    for (const { summary } of edition.entries) {
      const { slug } = summary;
      // Its neighbours are in its page by headline only, so their headlines (not their whole
      // summaries) are in its key. The cards its related links show are in it whole, so their
      // stories' summaries are; a live story's pages carry the cards its updates' links show too.
      const { links, live: liveFacts } = facts.get(slug)!;
      const linked = edition.summaries(linkedSlugs([...links, ...(liveFacts?.links ?? [])]));
      const translations = content.translations(slug);
      yield {
        id: `story:${slug}`,
        perStory: slug,
        key: jobKey(facts.get(slug)!.fileHash, navHash(slug), linked.map(summaryHash), translations),
        task: () => {
          const nav = edition.storyNav(slug);
          const story = content.published(slug);
          // A live story's older pages and feed are made from it too: it is checked once, and kept.
          if (!story.live) content.stories.delete(slug);
          const page: StoryPage = { format: DOCUMENT_FORMAT, story, ...nav, linked, translations };
          return { kind: 'page', seed: { kind: 'story', page: story.live ? withNewestPage(page) : page } };
        },
      };
      yield* liveJobs(slug, facts.get(slug)!, content, { cards: linked, hashes: linked.map(summaryHash) });
      // A live story's card says so: "Live" is its kicker, marked as breaking news is.
      const live = summary.live === true;
      const kicker = live ? translatorFor(editionByKey(summary.edition)).t('liveblog.kicker') : summary.kicker;
      const breaking = summary.breaking || live;
      const { headline, image } = summary;
      yield {
        id: `card:${slug}`,
        perStory: slug,
        key: jobKey(kicker ?? null, breaking, headline, image ? [image.src, images.get(image.src) ?? null] : null),
        task: () => ({ kind: 'card', story: { slug, kicker, breaking, headline, image } }),
      };
    }
  }

  yield {
    id: 'images',
    key: jobKey([...images]),
    write: async (out) => {
      await writeImages(inputs.imagesDir, out.dir);
      for (const file of filesUnder(path.join(out.dir, 'images'))) out.record(`images/${file}`);
    },
  };

  // A feed's items carry their stories' content, made from their facts (no file is read again)
  // and the cards their related links show: both are in the feed's key. Each story's is rendered
  // once a build, however many feeds it is in.
  const editionIndex = new Map(content.editions.map((index) => [index.edition, index]));
  const linked = (slug: string) => {
    const story = facts.get(slug)!;
    return editionIndex.get(story.entry.summary.edition ?? '')!.summaries(linkedSlugs(story.links));
  };
  const feedContents = new Map<string, string>();
  // React's server renderer is loaded by the first feed a build writes: most edits write none.
  const feedContent = async () => {
    const { storyFeedHtml } = await import('./feedContent.tsx');
    return (slug: string) => {
      let html = feedContents.get(slug);
      if (html === undefined) {
        html = storyFeedHtml(content.records(slug).feed, linked(slug));
        feedContents.set(slug, html);
      }
      return html;
    };
  };
  for (const spec of [...content.editions.flatMap(feedSpecs), ...content.collections.flatMap(collectionFeedSpecs)]) {
    const of = spec.collection ? `${spec.collection.kind}/${spec.collection.key}` : (spec.section ?? '');
    yield {
      id: `feed:${spec.edition ? `${spec.edition}/` : ''}${of}`,
      key: jobKey(
        spec,
        spec.entries.map(({ summary: { slug } }) => [facts.get(slug)!.feedHash, linked(slug).map(summaryHash)]),
      ),
      write: async (out) => writeFeed(spec, await feedContent(), out),
    };
  }

  yield* scriptFontJobs([
    ...site.editions.map((edition) => edition.language),
    ...[...facts.values()].map((story) => story.language),
  ]);

  // Search: an index per language and partition (pipeline/searchIndex.ts), and the list the page merges.
  const partitions = searchPartitions(content.editions.flatMap((edition) => edition.entries));
  for (const partition of partitions) {
    yield {
      id: `search:${partition.language}/${partition.name}`,
      key: jobKey(
        partition,
        partition.slugs.map((slug) => facts.get(slug)!.searchHash),
      ),
      // Each record is in the story's facts: unchanged stories are not read or checked again.
      write: (out) => writeSearchPartition(partition, (slug) => content.records(slug).search, out),
      beside: true,
    };
  }
  const partitionsDocument = partitionList(partitions);
  yield {
    id: 'search:partitions',
    key: jobKey(partitionsDocument),
    write: (out) => out.file(searchPartitionsPath, JSON.stringify(partitionsDocument)),
  };

  const sitemaps = sitemapFiles({
    editions: content.editions,
    collections: content.collections,
    live: (slug) => facts.get(slug)?.live?.dates,
  });
  for (const file of sitemaps) {
    yield {
      id: `sitemap:${file.name}`,
      key: jobKey(file.urls),
      write: async (out) => out.file(file.name, await sitemapXml(file)),
    };
  }
  yield {
    id: 'sitemap:index',
    key: jobKey(sitemaps.map((file) => file.name)),
    write: async (out) => out.file('sitemap.xml', await sitemapIndexXml(sitemaps)),
  };
  yield { id: 'robots', key: '', write: (out) => out.file('robots.txt', robotsTxt()) };
  yield { id: 'headers', key: jobKey(hashes), write: (out) => out.file('_headers', headersFile(hashes)) };
  yield {
    id: 'service-worker',
    key: '',
    after: true,
    write: async (out: OutputWriter) => {
      await writeServiceWorker(out, assets, inputs.serviceWorker);
    },
  };
}
