import { LoadError } from '../data/loadErrors';
import { messageTitles } from '../site/head';

function explain(error: unknown): string {
  if (!(error instanceof LoadError)) return 'Something went wrong while showing this page.';
  switch (error.kind) {
    case 'network':
      return 'We could not reach the server. Check your connection and try again.';
    case 'timeout':
      return 'The server is taking too long to answer. Try again in a moment.';
    case 'server':
      return `The server had a problem. ${error.message}`;
    case 'malformed':
    case 'invalid':
      return `This page arrived damaged, so we are not showing it. ${error.message}`;
    case 'not-found':
      return 'There is nothing at this address.';
    case 'outdated':
      return 'The site has been updated since this page was opened. Load the new version to read this page.';
  }
}

/** A document of another format is only ever fixed by the new version of the app. */
const retryLabel = (error: unknown) =>
  error instanceof LoadError && error.kind === 'outdated' ? 'Load the new version' : 'Retry';

/** What a reader sees when content cannot be loaded: what happened, and a way to try again. */
export function ErrorView({
  error,
  onRetry,
  retrying = false,
}: {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}) {
  return (
    <div className="message-page" role="alert">
      <h1 tabIndex={-1}>{messageTitles.loadFailed}</h1>
      <p>{explain(error)}</p>
      <p>
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? 'Retrying…' : retryLabel(error)}
        </button>
      </p>
    </div>
  );
}
