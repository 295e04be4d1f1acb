import { useEffect, useState } from 'react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isNotFound, LoadError } from '../data/loadErrors';
import { useMessages } from '../i18n/useMessages';
import { ErrorView } from './ErrorView';
import { loadNewVersion, newVersionLoadedJustNow } from './newVersion';
import { NotFoundPage } from './NotFoundPage';

const isOutdated = (error: unknown) => error instanceof LoadError && error.kind === 'outdated';

/** True while the page is being loaded afresh for `error`: once per address, never in a loop. */
function useNewVersionLoad(error: unknown): boolean {
  const [loadingFor, setLoadingFor] = useState<unknown>(null);
  // Kept for this error once begun: the guard reads as set from then on.
  const loading = isOutdated(error) && (loadingFor === error || !newVersionLoadedJustNow());
  useEffect(() => {
    if (!loading || loadingFor === error) return;
    setLoadingFor(error);
    loadNewVersion();
  }, [loading, loadingFor, error]);
  return loading;
}

/** The error element of every page route: a 404 for what does not exist, a new version, otherwise Retry. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const loadingNewVersion = useNewVersionLoad(error);
  const { t } = useMessages();
  if (loadingNewVersion) {
    return (
      <p className="message-page" role="status">
        {t('error.loadingNewVersion')}
      </p>
    );
  }
  if (isNotFound(error) || (isRouteErrorResponse(error) && error.status === 404)) return <NotFoundPage />;
  const retry = isOutdated(error) ? () => loadNewVersion() : () => void revalidator.revalidate();
  return <ErrorView error={error} onRetry={retry} retrying={revalidator.state === 'loading'} />;
}
