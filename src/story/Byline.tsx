import { isSafeHref } from '../data/safeValues';
import type { Author } from '../data/schema';
import { formatDateTime, formatRelative } from '../lib/formatDate';
import { useMinuteClock } from '../lib/useMinuteClock';
import { readingTimeLabel } from './readingTime';

function AuthorList({ authors }: { authors: Author[] }) {
  return (
    <p className="byline__authors">
      By{' '}
      {authors.map((author, i) => (
        <span key={i}>
          {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
          {/* Validation rejects unsafe author links; this keeps one from ever reaching an href. */}
          {author.url && isSafeHref(author.url) ? <a href={author.url}>{author.name}</a> : author.name}
        </span>
      ))}
    </p>
  );
}

export function Byline({
  authors,
  published,
  updated,
  readingMinutes,
}: {
  authors: Author[];
  published: string;
  updated?: string | undefined;
  readingMinutes: number;
}) {
  const now = useMinuteClock();
  const relative = now === null ? null : formatRelative(published, now);
  return (
    <div className="byline">
      {authors.length > 0 && <AuthorList authors={authors} />}
      <p className="byline__time">
        <time dateTime={published}>{formatDateTime(published)}</time>
        {updated && updated !== published && (
          <>
            {' · Updated '}
            <time dateTime={updated}>{formatDateTime(updated)}</time>
          </>
        )}
      </p>
      {/* The relative time joins the short reading-time line, so its late arrival moves nothing. */}
      <p className="byline__reading">
        {readingTimeLabel(readingMinutes)}
        {relative && <span className="byline__relative"> · published {relative}</span>}
      </p>
    </div>
  );
}
