import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { dataDocument } from '../../pipeline/check/dataDocument.ts';
import { readContent, type Content } from '../../pipeline/check/readContent.ts';
import { createRoutes } from '../../src/app/routes';
import { createQueryClient } from '../../src/data/queryClient';

let content: Content | undefined;

/** The sample content folder, read once by the same code the build uses. */
export function sampleContent(): Content {
  content ??= readContent();
  return content;
}

/** The document the static build would write at a data path such as `data/stories/<slug>.json`. */
export function sampleDocument(dataPath: string): unknown {
  return dataDocument(sampleContent(), dataPath);
}

export type DataHandler = (dataPath: string, init?: RequestInit) => Response | Promise<Response>;

/** Answers data paths with the documents the build writes for `content`, and 404 where it writes none. */
export function serveContent(content: Pick<Content, 'editions' | 'stories'> = sampleContent()): DataHandler {
  return (dataPath) => {
    const document = dataDocument(content, dataPath);
    return document === undefined ? Response.json({ error: 'not found' }, { status: 404 }) : Response.json(document);
  };
}

/** Replaces `fetch` for this test; the handler gets the site path without its leading slash. */
export function stubFetch(handler: DataHandler = serveContent()) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    return handler(url.pathname.replace(/^\//, ''), init);
  });
}

export function createTestQueryClient(): QueryClient {
  const queryClient = createQueryClient();
  // The real client retries network and server failures with back-off; tests want each failure at once.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  return queryClient;
}

/** Renders the app's real routes at `url`, with a fresh query cache. */
export function renderWithRouter(url: string, queryClient: QueryClient = createTestQueryClient()) {
  const router = createMemoryRouter(
    createRoutes(() => queryClient),
    { initialEntries: [url] },
  );
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient, user };
}
