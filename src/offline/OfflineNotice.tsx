import { useSyncExternalStore } from 'react';
import { useMessages } from '../i18n/useMessages';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Says so, politely, when the device loses its connection; the region is always there so it is announced. */
export function OfflineNotice() {
  const { t } = useMessages();
  const online = useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
  return (
    <p className="offline-notice" role="status">
      {online ? '' : t('offline.notice')}
    </p>
  );
}
