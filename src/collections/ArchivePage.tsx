import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { StaleNotice } from '../app/StaleNotice';
import { archiveQuery } from './collectionQueries';
import { useEdition, useMessages } from '../i18n/useMessages';
import { collectionPath } from '../site/paths';

/** The archive's index: every month that has stories, newest first, and every topic, each with its count. */
export function ArchivePage() {
  const { t } = useMessages();
  const edition = useEdition();
  const query = archiveQuery(edition.key);
  const { data: archive } = useSuspenseQuery(query);
  return (
    <div className="list-page">
      <StaleNotice query={query} what="page" />
      <h1 className="list-page__title" tabIndex={-1}>
        {t('archive.title')}
      </h1>
      {archive.months.length > 0 ? (
        <>
          <h2 className="archive__heading">{t('archive.months')}</h2>
          <ul className="archive-months">
            {archive.months.map((month) => (
              <li key={month.key}>
                <Link to={collectionPath('archive', month.key, edition.key)}>{month.name}</Link>{' '}
                <span className="archive-months__count">{t('archive.count', { count: month.count })}</span>
              </li>
            ))}
          </ul>
          <h2 className="archive__heading">{t('archive.topics')}</h2>
          <ul className="archive-topics">
            {archive.topics.map((topic) => (
              <li key={topic.key}>
                <Link to={collectionPath('topics', topic.key, edition.key)}>{topic.name}</Link>{' '}
                <span className="archive-months__count">({topic.count})</span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('list.empty')}</p>
      )}
    </div>
  );
}
