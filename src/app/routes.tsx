import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs, RouteObject } from 'react-router';
import { LoadError } from '../data/loadErrors';
import { listPageQuery, storyPageQuery } from '../data/queries';
import { isSlug } from '../data/safeValues';
import { FrontPage } from '../lists/FrontPage';
import { pageNumber } from '../lists/pageNumber';
import { SavedPage } from '../saved/SavedPage';
import { SectionPage } from '../lists/SectionPage';
import { StoryPage } from '../story/StoryPage';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RootError } from './RootError';
import { RouteError } from './RouteError';

function slugParam(value: string | undefined): string {
  if (!isSlug(value)) throw new LoadError('not-found', 'No such story.', String(value));
  return value;
}

/**
 * The site's routes. Loaders fill the query cache (or find it filled by the pre-renderer or a
 * prefetch), so a page renders only once its data is there: no spinner between stories.
 * Loaders return nothing; pages read the cache with the same query options.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const loadList = async ({ params }: LoaderFunctionArgs) => {
    const section = params.section === undefined ? null : slugParam(params.section);
    await queryClient.ensureQueryData(listPageQuery(section, pageNumber(params.page)));
    return null;
  };
  const loadStory = async ({ params }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(storyPageQuery(slugParam(params.slug)));
    return null;
  };
  return [
    {
      id: 'root',
      path: '/',
      element: <Layout />,
      errorElement: <RootError />,
      // Only the dev server's empty shell shows this: pre-rendered pages hydrate with their data.
      hydrateFallbackElement: <p className="message-page">Loading…</p>,
      children: [
        {
          id: 'pages',
          errorElement: <RouteError />,
          children: [
            { id: 'front', index: true, loader: loadList, element: <FrontPage /> },
            { id: 'front-page', path: 'page/:page', loader: loadList, element: <FrontPage /> },
            { id: 'section', path: 'sections/:section', loader: loadList, element: <SectionPage /> },
            { id: 'section-page', path: 'sections/:section/page/:page', loader: loadList, element: <SectionPage /> },
            { id: 'story', path: 'stories/:slug', loader: loadStory, element: <StoryPage /> },
            { id: 'saved', path: 'saved', element: <SavedPage /> },
            { id: 'not-found', path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}
