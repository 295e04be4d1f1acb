import { isSafeHref } from '../data/safeValues';
import type { Author } from '../data/schema';
import { formatRelative } from '../lib/relativeTime';
import { useMinuteClock } from '../lib/useMinuteClock';
import type { Translator } from '../i18n/messages';
import { useEdition, useMessages } from '../i18n/useMessages';
import { Link } from 'react-router';
import type { PublishedAuthor } from '../data/documents';
import { collectionPath } from '../site/paths';
import { readingTimeLabel } from './readingTime';

/** "(Climate correspondent, reporting from Marrow Bay)": what the byline says of an author besides the name. */
export function authorDetails(author: Pick<Author, 'role' | 'location'>, t: Translator['t']): string | null {
  const details = [author.role, author.location && t('story.reportingFrom', { place: author.location })].filter(
    Boolean,
  );
  return details.length > 0 ? details.join(t('story.comma')) : null;
}

function AuthorList({ authors, t }: { authors: PublishedAuthor[]; t: Translator['t'] }) {
  const edition = useEdition();
  const names = authors.map((author, i) => {
    const details = authorDetails(author, t);
    return (
      <span key={i}>
        {i > 0 && (i === authors.length - 1 ? t('story.and') : t('story.comma'))}
        {/* Validation rejects unsafe author links; this keeps one from ever reaching an href. */}
        {author.page ? (
          <Link to={collectionPath('authors', author.page, edition.key)}>{author.name}</Link>
        ) : author.url && isSafeHref(author.url) ? (
          <a href={author.url}>{author.name}</a>
        ) : (
          author.name
        )}
        {details && <span className="byline__role"> ({details})</span>}
      </span>
    );
  });
  const { rich } = useMessages();
  return <p className="byline__authors">{rich('story.by', { authors: names })}</p>;
}

export function Byline({
  authors,
  published,
  publishedTime,
  updated,
  updatedTime,
  readingMinutes,
}: {
  authors: PublishedAuthor[];
  published: string;
  publishedTime: string;
  updated?: string | undefined;
  updatedTime?: string | undefined;
  readingMinutes: number;
}) {
  const { t, rich } = useMessages();
  const now = useMinuteClock();
  const relative = now === null ? null : formatRelative(published, now, t);
  return (
    <div className="byline">
      {authors.length > 0 && <AuthorList authors={authors} t={t} />}
      <p className="byline__time">
        <time dateTime={published}>{publishedTime}</time>
        {updated && updatedTime && updated !== published && (
          <>
            {t('story.separator')}
            {rich('story.updated', { time: <time dateTime={updated}>{updatedTime}</time> })}
          </>
        )}
      </p>
      {/* The relative time joins the short reading-time line, so its late arrival moves nothing. */}
      <p className="byline__reading">
        {readingTimeLabel(readingMinutes, t)}
        {relative && (
          <span className="byline__relative">
            {t('story.separator')}
            {t('story.publishedAgo', { relative })}
          </span>
        )}
      </p>
    </div>
  );
}
