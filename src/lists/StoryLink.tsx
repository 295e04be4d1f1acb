import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { storyPageQuery } from '../data/queries';
import { preloadPageHeads } from '../app/lazyPageHeads';
import { storyPath } from '../site/paths';

/** A link to a story that starts loading it as soon as the reader points at it or tabs to it. */
export function StoryLink({
  slug,
  className,
  hrefLang,
  children,
}: {
  slug: string;
  className?: string;
  /** The language of the story linked to, where it is not the page's. */
  hrefLang?: string;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const prefetch = () => {
    void queryClient.prefetchQuery(storyPageQuery(slug));
    preloadPageHeads();
  };
  return (
    <Link
      to={storyPath(slug)}
      className={className}
      hrefLang={hrefLang}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </Link>
  );
}
