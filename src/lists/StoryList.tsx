import type { ListPage } from '../data/documents';
import { useMessages } from '../i18n/useMessages';
import { Pagination } from './Pagination';
import { StoryCard } from './StoryCard';

/** One page of a story list: the lead story if it has one, the cards, and links to the other pages. */
export function StoryList({
  list,
  pathFor,
}: {
  list: Pick<ListPage, 'stories' | 'page' | 'pageCount'> & Partial<Pick<ListPage, 'lead'>>;
  pathFor: (page: number) => string;
}) {
  const { t } = useMessages();
  return (
    <>
      {list.lead && <StoryCard story={list.lead} lead />}
      {list.stories.length > 0 ? (
        <ul className="card-grid">
          {list.stories.map((story) => (
            <li key={story.slug}>
              <StoryCard story={story} />
            </li>
          ))}
        </ul>
      ) : (
        !list.lead && <p>{t('list.empty')}</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} pathFor={pathFor} />
    </>
  );
}
