import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useMessages } from '../i18n/useMessages';
import './staleNotice.css';

/** The reader's own clock: the time they loaded the version they are reading. */
const clockTime = (time: number, locale: string): string =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(time);

/**
 * When a background refresh of a page's data fails, the page keeps showing what it has, and this
 * says so politely, with the time of that version and a way to try again. The live region is
 * always there, so screen readers announce the notice when it appears.
 */
export function StaleNotice<T, K extends QueryKey>({
  query,
  what,
}: {
  query: UseQueryOptions<T, Error, T, K>;
  what: 'story' | 'page';
}) {
  const { t, rich, locale } = useMessages();
  // Watches the page's own query without fetching by itself: the page's query decides when to refresh.
  const { isRefetchError, isFetching, dataUpdatedAt, refetch } = useQuery({ ...query, enabled: false });
  return (
    <div className="stale-notice" role="status">
      {isRefetchError && (
        <div className="stale-notice__box">
          <p>
            {rich(what === 'story' ? 'error.staleStory' : 'error.stalePage', {
              time: <time dateTime={new Date(dataUpdatedAt).toISOString()}>{clockTime(dataUpdatedAt, locale)}</time>,
            })}
          </p>
          {/* aria-disabled, not disabled: the button keeps focus while the retry runs. */}
          <button
            type="button"
            className="button stale-notice__retry"
            aria-disabled={isFetching}
            onClick={() => {
              if (!isFetching) void refetch();
            }}
          >
            {isFetching ? t('error.retrying') : t('error.retry')}
          </button>
        </div>
      )}
    </div>
  );
}
