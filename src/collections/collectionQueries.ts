import { queryOptions } from '@tanstack/react-query';
import type { ArchiveIndex, CollectionPage } from '../data/documents';
import { fetchDocument } from '../data/fetchDocument';
import { archiveDataPath, type CollectionKind, collectionDataPath, documentUrl } from '../site/paths';

/** A page of a topic's, an author's or a month's stories ("2026/11" for a month). */
export const collectionPageQuery = (kind: CollectionKind, key: string, page: number, edition = '') =>
  queryOptions({
    queryKey: ['collection', kind, key, page, edition],
    queryFn: ({ signal }) =>
      fetchDocument<CollectionPage>(documentUrl(collectionDataPath(kind, key, page, edition)), { signal }),
    meta: { documentPath: collectionDataPath(kind, key, page, edition) },
  });

export const archiveQuery = (edition = '') =>
  queryOptions({
    queryKey: ['archive', edition],
    queryFn: ({ signal }) => fetchDocument<ArchiveIndex>(documentUrl(archiveDataPath(edition)), { signal }),
    meta: { documentPath: archiveDataPath(edition) },
  });
