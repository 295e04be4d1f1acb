import { LoadError } from '../data/loadErrors';
import type { Translator } from '../i18n/messages';
import { useMessages } from '../i18n/useMessages';

function explain(error: unknown, t: Translator['t']): string {
  if (!(error instanceof LoadError)) return t('error.unknown');
  switch (error.kind) {
    case 'network':
      return t('error.network');
    case 'timeout':
      return t('error.timeout');
    case 'server':
      return t('error.server', { detail: error.message });
    case 'malformed':
    case 'invalid':
      return t('error.damaged', { detail: error.message });
    case 'not-found':
      return t('error.nothingHere');
    case 'outdated':
      return t('error.outdated');
  }
}

/** A document of another format is only ever fixed by the new version of the app. */
const retryLabel = (error: unknown, t: Translator['t']) =>
  t(error instanceof LoadError && error.kind === 'outdated' ? 'error.loadNewVersion' : 'error.retry');

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
  const { t } = useMessages();
  return (
    <div className="message-page" role="alert">
      <h1 tabIndex={-1}>{t('error.loadFailedTitle')}</h1>
      <p>{explain(error, t)}</p>
      <p>
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {retrying ? t('error.retrying') : retryLabel(error, t)}
        </button>
      </p>
    </div>
  );
}
