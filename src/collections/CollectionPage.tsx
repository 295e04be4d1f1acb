import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { StaleNotice } from '../app/StaleNotice';
import type { Collection } from '../data/documents';
import { collectionPageQuery } from './collectionQueries';
import { ResponsiveImage } from '../images/ResponsiveImage';
import { useEdition, useMessages } from '../i18n/useMessages';
import { StoryList } from '../lists/StoryList';
import { pageNumber } from '../lists/pageNumber';
import { type CollectionKind, collectionPath } from '../site/paths';
import { collectionKey } from './collectionKey';

/** Who an author is, above their stories: role, and the portrait and bio their profile has. */
function AuthorProfile({ author }: { author: Extract<Collection, { kind: 'authors' }> }) {
  return (
    <div className="author-profile">
      {author.image && (
        <ResponsiveImage className="author-profile__image" image={author.image} alt="" sizes="6rem" priority />
      )}
      <p className="author-profile__role">{author.role}</p>
      {author.bio && <p className="author-profile__bio">{author.bio}</p>}
    </div>
  );
}

/** A topic's, an author's or a month's stories, newest first and paged like a section. */
export function CollectionPage({ kind }: { kind: CollectionKind }) {
  const { t } = useMessages();
  const params = useParams();
  const edition = useEdition();
  const key = collectionKey(kind, params);
  const page = pageNumber(params.page);
  const query = collectionPageQuery(kind, key, page, edition.key);
  const { data: list } = useSuspenseQuery(query);
  const { collection } = list;
  return (
    <div className="list-page">
      <StaleNotice query={query} what="page" />
      <p className="kicker">{t(`collection.${kind}`)}</p>
      <h1 className="list-page__title" tabIndex={-1}>
        {page > 1 ? t('section.titlePaged', { section: collection.name, page }) : collection.name}
      </h1>
      {collection.kind === 'authors' && page === 1 && <AuthorProfile author={collection} />}
      <StoryList list={list} pathFor={(n) => collectionPath(kind, key, edition.key, n)} />
    </div>
  );
}
