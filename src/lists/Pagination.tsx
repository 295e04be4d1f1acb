import { Link } from 'react-router';
import { useMessages } from '../i18n/useMessages';

export function Pagination({
  page,
  pageCount,
  pathFor,
}: {
  page: number;
  pageCount: number;
  pathFor: (page: number) => string;
}) {
  const { t } = useMessages();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      {page > 1 && (
        <Link to={pathFor(page - 1)} rel="prev">
          {t('pagination.newer')}
        </Link>
      )}
      <span>{t('pagination.position', { page, pageCount })}</span>
      {page < pageCount && (
        <Link to={pathFor(page + 1)} rel="next">
          {t('pagination.older')}
        </Link>
      )}
    </nav>
  );
}
