import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { StaleNotice } from '../app/StaleNotice';
import { listPageQuery } from '../data/queries';
import { heldInPlace } from '../live/latestFront';
import { NewStoriesNotice } from '../live/NewStoriesNotice';
import { useMessages } from '../i18n/useMessages';
import { site } from '../site/config';
import { listPath } from '../site/paths';
import { pageNumber } from './pageNumber';
import { StoryList } from './StoryList';

export function FrontPage() {
  const { t } = useMessages();
  const page = pageNumber(useParams().page);
  const { data: list } = useSuspenseQuery({ ...listPageQuery(null, page), ...(page === 1 && heldInPlace) });
  return (
    <div className="list-page">
      <StaleNotice query={listPageQuery(null, page)} what="page" />
      <h1 className="list-page__title" tabIndex={-1}>
        {page === 1 ? <span className="visually-hidden">{site.name}: </span> : null}
        {page === 1 ? t('front.title') : t('front.titlePaged', { page })}
      </h1>
      {page === 1 && <NewStoriesNotice shown={list} />}
      <StoryList list={list} pathFor={(n) => listPath(null, n)} />
    </div>
  );
}
