import { useMessages } from '../i18n/useMessages';

/** What the dev server's empty shell shows until the app has the page's data. */
export function LoadingMessage() {
  const { t } = useMessages();
  return <p className="message-page">{t('loading')}</p>;
}
