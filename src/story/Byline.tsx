import { isSafeHref } from '../data/safeValues';
import type { Author } from '../data/schema';
import { formatRelative } from '../lib/relativeTime';
import { useMinuteClock } from '../lib/useMinuteClock';
import type { Translator } from '../i18n/messages';
import { useMessages } from '../i18n/useMessages';
import { readingTimeLabel } from './readingTime';

function AuthorList({ authors, t }: { authors: Author[]; t: Translator['t'] }) {
  const names = authors.map((author, i) => (
    <span key={i}>
      {i > 0 && (i === authors.length - 1 ? t('story.and') : t('story.comma'))}
      {/* Validation rejects unsafe author links; this keeps one from ever reaching an href. */}
      {author.url && isSafeHref(author.url) ? <a href={author.url}>{author.name}</a> : author.name}
    </span>
  ));
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
  authors: Author[];
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
