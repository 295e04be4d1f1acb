import type { ArchiveIndex, CollectionPage } from '../data/documents';
import { translatorFor } from '../i18n/useMessages';
import { editionByKey } from '../site/editions';
import { editionFeed, inEdition, type PageHead, pageImage } from '../site/head';
import { absoluteUrl, archivePath, collectionFeedPath, collectionPath } from '../site/paths';

/**
 * A site path as an ASCII URL: a topic's or author's key may be in any script, and feeds and
 * sitemaps want URLs, not IRIs (pages' own links may be either).
 */
export const publicUrl = (path: string): string => encodeURI(absoluteUrl(path));

/** A topic's, author's or month's feeds: its latest stories, in its folder. */
export function collectionFeed(list: Pick<CollectionPage, 'collection' | 'edition'>) {
  const { kind, key, name } = list.collection;
  const edition = editionByKey(list.edition);
  return {
    title: `${edition.name}: ${name}`,
    rss: publicUrl(collectionFeedPath(kind, key, 'rss', edition.key)),
    json: publicUrl(collectionFeedPath(kind, key, 'json', edition.key)),
  };
}

/** What a collection is about, in a sentence: its feed's and its page's description. */
export function collectionDescription(list: Pick<CollectionPage, 'collection' | 'edition'>): string {
  const { t } = translatorFor(editionByKey(list.edition));
  const { collection } = list;
  switch (collection.kind) {
    case 'topics':
      return t('head.topicStories', { topic: collection.name });
    case 'authors':
      return collection.bio ?? t('head.authorStories', { author: collection.name, role: collection.role });
    case 'archive':
      return t('head.archiveStories', { month: collection.name });
  }
}

export function collectionHead(list: CollectionPage): PageHead {
  const edition = editionByKey(list.edition);
  const { t } = translatorFor(edition);
  const { kind, key, name } = list.collection;
  const title = list.page > 1 ? t('head.paged', { title: name, page: list.page, pageCount: list.pageCount }) : name;
  const image = list.collection.kind === 'authors' ? list.collection.image : undefined;
  return {
    title: `${title} | ${edition.name}`,
    description: collectionDescription(list),
    path: collectionPath(kind, key, edition.key, list.page),
    type: 'website',
    image: pageImage(image && { ...image, alt: name }),
    feeds: [collectionFeed(list), editionFeed(edition)],
    ...inEdition(edition),
  };
}

export function archiveHead(archive: ArchiveIndex): PageHead {
  const edition = editionByKey(archive.edition);
  const { t } = translatorFor(edition);
  return {
    title: `${t('archive.title')} | ${edition.name}`,
    description: t('head.archive', { site: edition.name }),
    path: archivePath(edition.key),
    type: 'website',
    image: pageImage(),
    feeds: [editionFeed(edition)],
    ...inEdition(edition),
  };
}
