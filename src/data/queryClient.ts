import { QueryClient } from '@tanstack/react-query';
import { LoadError, type LoadErrorKind } from './loadErrors';

/**
 * Failures worth trying again by themselves, at once: a dropped connection or a busy server often
 * passes within a second. Not a timeout: the reader has already waited FETCH_TIMEOUT_MS, and
 * waiting again would keep them on the old page; the error view's Retry is theirs to press.
 */
const RETRIED: readonly LoadErrorKind[] = ['network', 'server'];
const MAX_RETRIES = 2;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published stories change rarely; a minute keeps navigation instant without going stale.
        staleTime: 60_000,
        gcTime: 30 * 60_000,
        retry: (failures, error) =>
          error instanceof LoadError && RETRIED.includes(error.kind) && failures < MAX_RETRIES,
        // 0.5 s, then 1 s: with the timeout, a reader hears of a failure well within 15 s.
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4_000),
      },
    },
  });
}
