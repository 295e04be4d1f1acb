import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FETCH_TIMEOUT_MS } from '../../src/data/fetchDocument';
import { listPageQuery, storyPageQuery } from '../../src/data/queries';
import { createQueryClient } from '../../src/data/queryClient';
import type { StoryPage } from '../../src/data/documents';
import {
  createTestQueryClient,
  renderWithRouter,
  sampleDocument,
  serveContent,
  stubFetch,
} from '../support/renderWithRouter';

const SLUG = 'fennwick-council-approves-four-day-week';
const serve = serveContent();
const goodPage = () => sampleDocument(`data/stories/${SLUG}.json`) as StoryPage;

const pad = (n: number) => String(n).padStart(2, '0');
/** "14:05" on the reader's own clock. */
const clockTime = (time: number) => `${pad(new Date(time).getHours())}:${pad(new Date(time).getMinutes())}`;

afterEach(() => {
  vi.useRealTimers();
});

describe('when a background refresh fails, the page stays on screen with a notice', () => {
  const pages = [
    { url: `/stories/${SLUG}/`, queryKey: storyPageQuery(SLUG).queryKey, what: 'story' },
    { url: '/', queryKey: listPageQuery(null, 1).queryKey, what: 'page' },
    { url: '/sections/politics/', queryKey: listPageQuery('politics', 1).queryKey, what: 'page' },
  ];

  test.each(pages)('$url', async ({ url, queryKey, what }) => {
    let online = true;
    stubFetch((dataPath, init) => (online ? serve(dataPath, init) : Promise.reject(new TypeError('Failed to fetch'))));
    const { user, queryClient } = renderWithRouter(url);
    const heading = await screen.findByRole('heading', { level: 1 });
    const shownAt = queryClient.getQueryState(queryKey)!.dataUpdatedAt;

    online = false;
    // What happens when a reader comes back to the tab after a while: the page's data is refetched.
    await act(() => queryClient.invalidateQueries());
    const message = await screen.findByText(`Couldn’t refresh this ${what} — showing the version from`, {
      exact: false,
    });
    expect(message).toHaveTextContent(
      `Couldn’t refresh this ${what} — showing the version from ${clockTime(shownAt)}.`,
    );
    const notice = message.closest<HTMLElement>('[role="status"]')!;
    expect(screen.getByRole('heading', { level: 1 })).toBe(heading);
    expect(screen.queryByRole('alert')).toBeNull();

    online = true;
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByText(/Couldn’t refresh/)).toBeNull());
    expect(queryClient.getQueryState(queryKey)!.dataUpdatedAt).toBeGreaterThan(shownAt);
  });

  test('Retry shows the story as the server now has it', async () => {
    let answer: 'old' | 'down' | 'new' = 'old';
    const page = goodPage();
    stubFetch((dataPath, init) => {
      if (answer === 'down') return Promise.reject(new TypeError('Failed to fetch'));
      return answer === 'old'
        ? serve(dataPath, init)
        : Response.json({ ...page, story: { ...page.story, headline: 'Fennwick revises its four-day week' } });
    });
    const { user, queryClient } = renderWithRouter(`/stories/${SLUG}/`);
    expect(await screen.findByRole('heading', { level: 1, name: page.story.headline })).toBeInTheDocument();
    answer = 'down';
    await act(() => queryClient.invalidateQueries());
    const notice = (await screen.findByText(/Couldn’t refresh this story/)).closest<HTMLElement>('[role="status"]')!;
    answer = 'new';
    await user.click(within(notice).getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Fennwick revises its four-day week' }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Couldn’t refresh/)).toBeNull();
  });

  test('nothing is shown while refreshes succeed', async () => {
    stubFetch();
    const { queryClient } = renderWithRouter(`/stories/${SLUG}/`);
    await screen.findByRole('heading', { level: 1 });
    await act(() => queryClient.invalidateQueries());
    expect(screen.queryByText(/Couldn’t refresh/)).toBeNull();
  });
});

describe('a story that breaks a component while rendering shows the error view, never a blank page', () => {
  const breakages: [string, (story: StoryPage['story']) => StoryPage['story']][] = [
    ['a date that is no date, in the byline', (story) => ({ ...story, published: 'not a date' })],
    ['a block type no component renders, in the body', (story) => ({ ...story, body: [{ type: 'video' } as never] })],
  ];

  test.each(breakages)('%s', async (_, breakStory) => {
    // React reports the caught error on the console; the point here is what the reader sees.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const page = goodPage();
    const queryClient = createTestQueryClient();
    queryClient.setQueryData(storyPageQuery(SLUG).queryKey, { ...page, story: breakStory(page.story) });
    stubFetch();
    renderWithRouter(`/stories/${SLUG}/`, queryClient);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Something went wrong while showing this page.');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(screen.queryByRole('article')).toBeNull();
    // The error stays inside the page: the masthead and section links still work.
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
  });
});

test('a story fetch that fails for a moment is tried again with growing delays, then shown', async () => {
  vi.useFakeTimers();
  let failures = 2;
  const fetch = stubFetch((dataPath, init) =>
    failures-- > 0 ? new Response('busy', { status: 503, statusText: 'Service Unavailable' }) : serve(dataPath, init),
  );
  // The app's own query client, with its retry policy and back-off.
  renderWithRouter(`/stories/${SLUG}/`, createQueryClient());

  await vi.advanceTimersByTimeAsync(0);
  expect(fetch).toHaveBeenCalledTimes(1);
  // Half a second before the first retry, a second before the next.
  await vi.advanceTimersByTimeAsync(499);
  expect(fetch).toHaveBeenCalledTimes(1);
  await vi.advanceTimersByTimeAsync(1);
  expect(fetch).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(999);
  expect(fetch).toHaveBeenCalledTimes(2);
  await vi.advanceTimersByTimeAsync(1);
  expect(fetch).toHaveBeenCalledTimes(3);
  vi.useRealTimers();
  expect(await screen.findByRole('heading', { level: 1, name: goodPage().story.headline })).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
});

test('a story fetch that never answers fails once it times out, tried no more by itself, and Retry works', async () => {
  vi.useFakeTimers();
  // AbortSignal.timeout runs on the platform's timer; this one runs on the fake clock.
  vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    const timer = new AbortController();
    setTimeout(() => timer.abort(new DOMException('The operation timed out.', 'TimeoutError')), ms);
    return timer.signal;
  });
  let stalled = true;
  const fetch = stubFetch((dataPath, init) =>
    stalled
      ? new Promise<Response>((_resolve, reject) => {
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason), { once: true });
        })
      : serve(dataPath, init),
  );
  const { user, queryClient } = renderWithRouter(`/stories/${SLUG}/`, createQueryClient());
  const story = () => queryClient.getQueryState(storyPageQuery(SLUG).queryKey);

  await vi.advanceTimersByTimeAsync(FETCH_TIMEOUT_MS - 1);
  expect(story()?.status).toBe('pending');
  await vi.advanceTimersByTimeAsync(1);
  expect(story()).toMatchObject({ status: 'error', fetchStatus: 'idle' });
  expect(FETCH_TIMEOUT_MS).toBeLessThan(15_000);
  await vi.advanceTimersByTimeAsync(30_000);
  expect(fetch).toHaveBeenCalledTimes(1);

  // React draws on a real task, which fake timers do not run.
  vi.useRealTimers();
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent('The server is taking too long to answer.');
  stalled = false;
  await user.click(within(alert).getByRole('button', { name: 'Retry' }));
  expect(await screen.findByRole('heading', { level: 1, name: goodPage().story.headline })).toBeInTheDocument();
});
