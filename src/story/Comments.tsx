import type { PublishedStory } from '../data/documents';
import { useMessages } from '../i18n/useMessages';

export function Comments({ comments }: { comments: PublishedStory['comments'] }) {
  const { t } = useMessages();
  const countLabel = (count: number): string => t('comments.count', { count });
  if (typeof comments === 'number' || comments.length === 0) {
    return (
      <section className="comments" aria-label={t('comments.label')}>
        <p className="comments__count">{countLabel(typeof comments === 'number' ? comments : 0)}</p>
      </section>
    );
  }
  return (
    <section className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading" className="comments__count">
        {countLabel(comments.length)}
      </h2>
      <ol className="comments__list">
        {comments.map((comment, i) => (
          <li key={i}>
            <p className="comments__meta">
              <strong>{comment.author}</strong> · <time dateTime={comment.posted}>{comment.postedTime}</time>
            </p>
            <p>{comment.text}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
