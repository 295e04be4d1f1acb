import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { dehydrate, QueryClientProvider } from '@tanstack/react-query';
import { createRoutes } from './app/routes';
import { serializePageData } from './app/pageData';
import { listPageQuery, storyPageQuery } from './data/queries';
import { createQueryClient } from './data/queryClient';
import type { ListPage, StoryPage } from './data/documents';
import { site } from './site/config';
import { headTags, listHead, messageHead, storyHead, type PageHead } from './site/head';
import { absoluteUrl, frontPath, savedPath, sectionPath, storyPath } from './site/paths';

/** What a page is rendered from: its data, exactly as the browser would fetch it. */
export type PageSeed =
  | { kind: 'story'; page: StoryPage }
  | { kind: 'list'; page: ListPage }
  | { kind: 'saved' }
  | { kind: 'not-found' };

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function headHtml(head: PageHead): string {
  const tags = headTags(head).map(({ tag, attrs, text }) => {
    const attributes = Object.entries(attrs)
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('');
    // JSON-LD is JSON, not HTML: escaping `<` keeps a headline from ever closing the script.
    return tag === 'script'
      ? `<script data-head${attributes}>${(text ?? '').replace(/</g, '\\u003c')}</script>`
      : `<${tag} data-head${attributes}>`;
  });
  return [`<title>${escapeHtml(head.title)}</title>`, ...tags].join('\n    ');
}

function seedQueries(seed: PageSeed): {
  path: string;
  head: PageHead;
  queryClient: ReturnType<typeof createQueryClient>;
} {
  const queryClient = createQueryClient();
  switch (seed.kind) {
    case 'story': {
      const { story } = seed.page;
      queryClient.setQueryData(storyPageQuery(story.slug).queryKey, seed.page);
      return { path: storyPath(story.slug), head: storyHead(story), queryClient };
    }
    case 'list': {
      const { section, page } = seed.page;
      queryClient.setQueryData(listPageQuery(section, page).queryKey, seed.page);
      const path = section === null ? frontPath(page) : sectionPath(section, page);
      return { path, head: listHead(seed.page), queryClient };
    }
    case 'saved':
      return { path: savedPath, head: messageHead('Saved stories'), queryClient };
    case 'not-found':
      return { path: '/404.html', head: messageHead('Page not found'), queryClient };
  }
}

/**
 * Renders one page to a complete HTML document with the app's own routes and components. Story
 * and list pages embed their data so the browser hydrates them without fetching; the 404 page
 * is plain HTML without scripts, since a static host serves it at any address.
 */
export async function renderPage(template: string, seed: PageSeed): Promise<string> {
  const { path, head, queryClient } = seedQueries(seed);
  const handler = createStaticHandler(createRoutes(queryClient), { basename: site.basePath });
  const context = await handler.query(new Request(absoluteUrl(path)));
  if (context instanceof Response) throw new Error(`rendering ${path} answered with a redirect`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </QueryClientProvider>
    </StrictMode>,
  );
  // Replacer functions, not strings: in a replacement string `$'`, `$\`` and `$&` are patterns,
  // and a story that contains one would paste parts of the template into its page.
  const page = template
    .replace(/<title>[^<]*<\/title>\s*<!--app-head-->/, () => headHtml(head))
    .replace('<!--app-html-->', () => html);
  if (seed.kind === 'not-found') {
    queryClient.clear();
    return page
      .replace('<!--app-data-->', () => '')
      .replace(
        /\s*<script type="module"[^>]*><\/script>|\s*<script id="app-loader">[^<]*<\/script>|\s*<link rel="modulepreload"[^>]*>/g,
        () => '',
      );
  }
  const data = serializePageData({ query: dehydrate(queryClient), router: { loaderData: context.loaderData } });
  // Drop the cache and its garbage-collection timers now: a worker renders thousands of pages.
  queryClient.clear();
  return page.replace('<!--app-data-->', () => data);
}
