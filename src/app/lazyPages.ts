/**
 * The topic, author, archive and search pages' code: one chunk that only those pages load
 * (src/app/routes.tsx declares their routes lazy). One chunk, not one per page: Rolldown moves the
 * code a third lazy chunk shares with the app into a chunk of its own, and the split alone costs
 * every page about 2 KB of compressed JavaScript (rolldown/rolldown#10731).
 */
import { collectionRoute } from '../collections/collectionRoutes';
import { searchRoute } from '../search/searchRoute';
import type { Edition } from '../site/config';
import type { LazyPath } from './routes';

/** A lazy route's handle (its document and head) and component, by its path. */
export function lazyRoute(path: LazyPath, edition: Edition) {
  if (path === 'search') return searchRoute(edition);
  if (path === 'archive') return collectionRoute('archive-index', edition);
  return collectionRoute(
    path === 'archive/:year/:month' ? 'archive' : path === 'topics/:key' ? 'topics' : 'authors',
    edition,
  );
}
