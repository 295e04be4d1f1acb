import { isSafeHref } from '../data/safeValues';
import type { Author } from '../data/schema';
import { formatRelative } from '../lib/relativeTime';
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
  publishedTime,
  updated,
  updatedTime,
  readingMinutes,
}: {
  authors: Author[];
  published: string;
  publishedTime: string;
  updated?: string | undefined;
  updatedTime?: string | undefined;
  readingMinutes: number;
}) {
  const now = useMinuteClock();
  const relative = now === null ? null : formatRelative(published, now);
  return (
    <div className="byline">
      {authors.length > 0 && <AuthorList authors={authors} />}
      <p className="byline__time">
        <time dateTime={published}>{publishedTime}</time>
        {updated && updatedTime && updated !== published && (
          <>
            {' · Updated '}
            <time dateTime={updated}>{updatedTime}</time>
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
