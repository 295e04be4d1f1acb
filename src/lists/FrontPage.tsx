import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { StaleNotice } from '../app/StaleNotice';
import { listPageQuery } from '../data/queries';
import { heldInPlace } from '../live/latestFront';
import { NewStoriesNotice } from '../live/NewStoriesNotice';
import { useEdition, useMessages } from '../i18n/useMessages';
import { listPath } from '../site/paths';
import { pageNumber } from './pageNumber';
import { StoryList } from './StoryList';

export function FrontPage() {
  const { t } = useMessages();
  const edition = useEdition();
  const page = pageNumber(useParams().page);
  const query = listPageQuery(null, page, edition.key);
  // Every edition's first page follows its own new stories as they come (src/live/latestFront.ts).
  const live = page === 1;
  const { data: list } = useSuspenseQuery({ ...query, ...(live && heldInPlace) });
  return (
    <div className="list-page">
      <StaleNotice query={query} what="page" />
      <h1 className="list-page__title" tabIndex={-1}>
        {page === 1 ? <span className="visually-hidden">{edition.name}: </span> : null}
        {page === 1 ? t('front.title') : t('front.titlePaged', { page })}
      </h1>
      {live && <NewStoriesNotice shown={list} />}
      <StoryList list={list} pathFor={(n) => listPath(null, n, edition.key)} />
    </div>
  );
}
