import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isNotFound } from '../data/loadErrors';
import { ErrorView } from './ErrorView';
import { NotFoundPage } from './NotFoundPage';

/** The error element of every page route: a 404 for what does not exist, otherwise Retry. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isNotFound(error) || (isRouteErrorResponse(error) && error.status === 404)) return <NotFoundPage />;
  return (
    <ErrorView error={error} onRetry={() => void revalidator.revalidate()} retrying={revalidator.state === 'loading'} />
  );
}
