import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { StaleNotice } from '../app/StaleNotice';
import { listPageQuery } from '../data/queries';
import { useEdition, useMessages } from '../i18n/useMessages';
import { sectionName } from '../site/config';
import { listPath } from '../site/paths';
import { pageNumber } from './pageNumber';
import { StoryList } from './StoryList';

export function SectionPage() {
  const { t } = useMessages();
  const params = useParams();
  const section = params.section!;
  const page = pageNumber(params.page);
  const edition = useEdition();
  const query = listPageQuery(section, page, edition.key);
  const name = sectionName(section, edition);
  const { data: list } = useSuspenseQuery(query);
  return (
    <div className="list-page">
      <StaleNotice query={query} what="page" />
      <h1 className="list-page__title" tabIndex={-1}>
        {page > 1 ? t('section.titlePaged', { section: name, page }) : name}
      </h1>
      <StoryList list={list} pathFor={(n) => listPath(section, n, edition.key)} />
    </div>
  );
}
