import { Link } from 'react-router';

export function Pagination({
  page,
  pageCount,
  pathFor,
}: {
  page: number;
  pageCount: number;
  pathFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 && (
        <Link to={pathFor(page - 1)} rel="prev">
          ← Newer stories
        </Link>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount && (
        <Link to={pathFor(page + 1)} rel="next">
          Older stories →
        </Link>
      )}
    </nav>
  );
}
