import type { Params } from 'react-router';
import type { CollectionKind } from '../site/paths';

/**
 * The collection an address names: the topic's or author's key, or "2026/11" for a month. A key
 * the build never made names a document that is not there: the not-found page.
 */
export const collectionKey = (kind: CollectionKind, params: Params): string =>
  kind === 'archive' ? `${params.year}/${params.month}` : params.key!;
