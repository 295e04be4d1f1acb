import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { StaleNotice } from '../app/StaleNotice';
import { listPageQuery } from '../data/queries';
import { useMessages } from '../i18n/useMessages';
import { sectionName } from '../site/config';
import { listPath } from '../site/paths';
import { pageNumber } from './pageNumber';
import { StoryList } from './StoryList';

export function SectionPage() {
  const { t } = useMessages();
  const params = useParams();
  const section = params.section!;
  const page = pageNumber(params.page);
  const { data: list } = useSuspenseQuery(listPageQuery(section, page));
  return (
    <div className="list-page">
      <StaleNotice query={listPageQuery(section, page)} what="page" />
      <h1 className="list-page__title" tabIndex={-1}>
        {page > 1 ? t('section.titlePaged', { section: sectionName(section), page }) : sectionName(section)}
      </h1>
      <StoryList list={list} pathFor={(n) => listPath(section, n)} />
    </div>
  );
}
