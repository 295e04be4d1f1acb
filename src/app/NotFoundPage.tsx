import { Link } from 'react-router';
import { useMessages } from '../i18n/useMessages';
import { listPath } from '../site/paths';

export function NotFoundPage() {
  const { t } = useMessages();
  return (
    <div className="message-page">
      <h1 tabIndex={-1}>{t('error.notFoundTitle')}</h1>
      <p>{t('error.notFound')}</p>
      <p>
        <Link to={listPath(null)}>{t('error.goFront')}</Link>
      </p>
    </div>
  );
}
