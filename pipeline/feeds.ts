import { Feed } from 'feed';
import type { IndexEntry, StoryIndex } from '../src/data/storyIndex.ts';
import { site, sectionName } from '../src/site/config.ts';
import { editionDescription, sectionDescription } from '../src/site/descriptions.ts';
import { editionByKey } from '../src/site/editions.ts';
// Feed titles are worded in each edition's language.
import '../src/i18n/allCatalogues.ts';
import { editionFeed, sectionFeed } from '../src/site/head.ts';
import {
  absoluteUrl,
  type CollectionKind,
  collectionFeedPath,
  collectionPath,
  feedPath,
  listPath,
  storyPath,
} from '../src/site/paths.ts';
import { collectionDescription, collectionFeed, publicUrl } from '../src/collections/collectionHead.ts';
import type { Collections } from '../src/data/collections.ts';
import type { OutputWriter } from './output/job.ts';

const FEED_LENGTH = 50;

export interface FeedSpec {
  title: string;
  description: string;
  home: string;
  rss: string;
  json: string;
  /** Whose feeds these are: the front page's (null) or a section's; the files go in its folder. */
  section: string | null;
  /** Or a topic's, an author's or a month's, in its folder. */
  collection?: { kind: CollectionKind; key: string };
  /** The edition's key ('' for the main one) and its language. */
  edition: string;
  language: string;
  entries: IndexEntry[];
}

const imageUrl = (entry: IndexEntry) =>
  entry.summary.image?.src.startsWith('/images/') ? absoluteUrl(entry.summary.image.src) : entry.summary.image?.src;

/** A story's whole content as HTML (pipeline/feedContent.tsx), by its slug. */
export type FeedContent = (slug: string) => string;

function rss(spec: FeedSpec, content: FeedContent): string {
  const feed = new Feed({
    id: spec.home,
    title: spec.title,
    description: spec.description,
    link: spec.home,
    language: spec.language,
    copyright: `© ${site.name}`,
    updated: new Date(spec.entries[0]?.updated ?? 0),
    generator: site.name,
    feedLinks: { rss: spec.rss, json: spec.json },
  });
  for (const entry of spec.entries) {
    const link = absoluteUrl(storyPath(entry.summary.slug));
    const image = imageUrl(entry);
    feed.addItem({
      title: entry.summary.headline,
      id: link,
      link,
      date: new Date(entry.updated),
      published: new Date(entry.summary.published),
      description: entry.description,
      content: content(entry.summary.slug),
      category: [{ name: sectionName(entry.summary.section, editionByKey(spec.edition)) }],
      author: entry.authors.map((name) => ({ name })),
      ...(image && { image: { url: image, type: 'image/jpeg' } }),
    });
  }
  return feed.rss2();
}

// The feed package writes JSON Feed 1.0; version 1.1 (authors as a list, language) is plain JSON.
function jsonFeed(spec: FeedSpec, content: FeedContent): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: spec.title,
      description: spec.description,
      home_page_url: spec.home,
      feed_url: spec.json,
      language: spec.language,
      icon: absoluteUrl('/logo.png'),
      favicon: absoluteUrl('/favicon.svg'),
      items: spec.entries.map((entry) => {
        const url = absoluteUrl(storyPath(entry.summary.slug));
        const image = imageUrl(entry);
        return {
          id: url,
          url,
          title: entry.summary.headline,
          summary: entry.description,
          content_html: content(entry.summary.slug),
          date_published: entry.summary.published,
          date_modified: entry.updated,
          tags: entry.tags,
          ...(image && { image }),
          ...(entry.authors.length > 0 && { authors: entry.authors.map((name) => ({ name })) }),
        };
      }),
    },
    null,
    2,
  );
}

/** The feeds of the latest stories: for the whole site and for each section. */
export function feedSpecs(index: StoryIndex): FeedSpec[] {
  const edition = editionByKey(index.edition);
  const of = { edition: edition.key, language: edition.language };
  return [
    {
      ...of,
      ...editionFeed(edition),
      description: editionDescription(edition),
      home: absoluteUrl(listPath(null, 1, edition.key)),
      section: null,
      entries: index.entries.slice(0, FEED_LENGTH),
    },
    ...index.sections.map((section) => ({
      ...of,
      ...sectionFeed(section, edition),
      description: sectionDescription(edition, section) ?? sectionName(section, edition),
      home: absoluteUrl(listPath(section, 1, edition.key)),
      section,
      entries: index.entries.filter((entry) => entry.summary.section === section).slice(0, FEED_LENGTH),
    })),
  ];
}

/** The feeds of an edition's topics, authors and months: each one's latest stories. */
export function collectionFeedSpecs(collections: Collections): FeedSpec[] {
  return collections.all().map(({ collection, entries }) => {
    const edition = editionByKey(collections.edition);
    const list = { collection, edition: edition.key };
    return {
      ...collectionFeed(list),
      description: collectionDescription(list),
      home: publicUrl(collectionPath(collection.kind, collection.key, edition.key)),
      section: null,
      collection: { kind: collection.kind, key: collection.key },
      edition: edition.key,
      language: edition.language,
      entries: entries.slice(0, FEED_LENGTH),
    };
  });
}

/** One list's RSS 2.0 and JSON Feed 1.1, in its folder, each item with its story's whole content. */
export function writeFeed(spec: FeedSpec, content: FeedContent, out: OutputWriter): void {
  const at = (format: 'rss' | 'json') =>
    (spec.collection
      ? collectionFeedPath(spec.collection.kind, spec.collection.key, format, spec.edition)
      : feedPath(spec.section, format, spec.edition)
    ).slice(1);
  out.file(at('rss'), rss(spec, content));
  out.file(at('json'), jsonFeed(spec, content));
}
