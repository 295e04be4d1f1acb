import { QueryClient } from '@tanstack/react-query';
import { LoadError, type LoadErrorKind } from './loadErrors';

/** Worth trying again by itself: the network or the server may do better next time. */
const TRANSIENT: readonly LoadErrorKind[] = ['network', 'timeout', 'server'];
const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published stories change rarely; a minute keeps navigation instant without going stale.
        staleTime: 60_000,
        gcTime: 30 * 60_000,
        retry: (failures, error) =>
          error instanceof LoadError && TRANSIENT.includes(error.kind) && failures < MAX_RETRIES,
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
    },
  });
}
