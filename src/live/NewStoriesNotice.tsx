import { useQuery, useQueryClient } from '@tanstack/react-query';
import { listPageQuery } from '../data/queries';
import type { ListPage } from '../data/documents';
import { useMessages } from '../i18n/useMessages';
import { newStories } from './frontChanges';
import { latestFrontQuery, LIVE_INTERVAL_MS } from './latestFront';
import './live.css';

/**
 * Checks the front page every minute while the tab is visible (TanStack Query pauses the interval
 * in a hidden tab) and offers the stories that have appeared since, as a button: the list the
 * reader is looking at changes only when they press it.
 */
export function NewStoriesNotice({ shown }: { shown: ListPage }) {
  const { t } = useMessages();
  const queryClient = useQueryClient();
  const { data: latest } = useQuery({
    // The front of the edition it is on: an edition is told of its own new stories only.
    ...latestFrontQuery(queryClient, shown.edition),
    refetchInterval: LIVE_INTERVAL_MS,
    refetchIntervalInBackground: false,
  });
  const count = latest ? newStories(shown, latest).length : 0;
  const show = () => {
    queryClient.setQueryData(listPageQuery(null, 1, shown.edition).queryKey, latest);
    window.scrollTo({ top: 0 });
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  };
  return (
    <div className="new-stories" role="status">
      {count > 0 && (
        <button type="button" className="new-stories__button" onClick={show}>
          <span aria-hidden="true">↑ </span>
          {t('live.newStories', { count })}
        </button>
      )}
    </div>
  );
}
