import type { ComponentType } from 'react';
import { documentPage, type PageHandle } from '../app/routeHead';
import type { ArchiveIndex, CollectionPage as CollectionDocument } from '../data/documents';
import { pageNumber } from '../lists/pageNumber';
import type { Edition } from '../site/config';
import type { CollectionKind } from '../site/paths';
import { ArchivePage } from './ArchivePage';
import { archiveHead, collectionHead } from './collectionHead';
import { collectionKey } from './collectionKey';
import { CollectionPage } from './CollectionPage';
import { archiveQuery, collectionPageQuery } from './collectionQueries';

const pages: Record<CollectionKind, ComponentType> = {
  topics: () => <CollectionPage kind="topics" />,
  authors: () => <CollectionPage kind="authors" />,
  archive: () => <CollectionPage kind="archive" />,
};

/**
 * The topic, author and archive pages' routes, in a chunk of their own that only those pages load
 * (src/app/routes.tsx declares them lazy): their document, head and component.
 */
export function collectionRoute(
  kind: CollectionKind | 'archive-index',
  edition: Edition,
): { handle: PageHandle; Component: ComponentType } {
  if (kind === 'archive-index') {
    return {
      handle: documentPage(
        () => archiveQuery(edition.key),
        (archive: ArchiveIndex) => archiveHead(archive),
      ),
      Component: ArchivePage,
    };
  }
  return {
    handle: documentPage(
      (params) => collectionPageQuery(kind, collectionKey(kind, params), pageNumber(params.page), edition.key),
      (list: CollectionDocument) => collectionHead(list),
    ),
    Component: pages[kind],
  };
}
