import { useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/useMessages';
import { lastDocumentOffline, subscribeLastDocumentOffline } from './connection';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  const unsubscribe = subscribeLastDocumentOffline(onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
    unsubscribe();
  };
}

/**
 * Says so, politely, when the device loses its connection, or the last document could not come from
 * the network; the region is always there so it is announced.
 */
export function OfflineNotice() {
  const { t } = useMessages();
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine && !lastDocumentOffline(),
    () => true,
  );
  return (
    <p className="offline-notice" role="status">
      {online ? '' : t('offline.notice')}
    </p>
  );
}
