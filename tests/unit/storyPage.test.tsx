import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { absoluteUrl } from '../../src/site/paths';
import { renderWithRouter, sampleDocument, serveContent, stubFetch } from '../support/renderWithRouter';

const FENNWICK = 'fennwick-council-approves-four-day-week';
const MARROW_BAY = 'marrow-bay-votes-managed-retreat';
const serve = serveContent();

describe('a story that loads', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('shows its kicker, headline, byline, body, share bar and comment list', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T10:00:00Z'));
    stubFetch();
    renderWithRouter(`/stories/${MARROW_BAY}/`);

    const article = await screen.findByRole('article');
    expect(within(article).getByText('Analysis')).toHaveClass('kicker');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /^Marrow Bay votes to let the sea back in, and to move 140 homes inland$/,
    );
    expect(within(article).getByText(/^After three winters of breached defences/)).toBeInTheDocument();
    expect(within(article).getByText('Maren Tollis').closest('p')).toHaveTextContent(/^By Maren Tollis$/);

    const published = within(article).getByText('21 November 2026 at 07:00 UTC');
    expect(published.tagName).toBe('TIME');
    expect(published).toHaveAttribute('datetime', '2026-11-21T07:00:00+00:00');
    expect(await within(article).findByText('published 3 hours ago', { exact: false })).toBeInTheDocument();
    expect(within(article).getByText('21 November 2026 at 15:20 UTC')).toHaveAttribute(
      'datetime',
      '2026-11-21T15:20:00+00:00',
    );

    expect(document.getElementById('p-1')).toHaveTextContent(/^The coastal town of Marrow Bay voted on Friday night/);
    const lead = within(article).getByRole('img', { name: /^Illustration of a small headland at sunset/ });
    expect(lead.getAttribute('src')).toMatch(/^\/images\/marrow-bay-coast(-\d+)?\.jpg$/);

    expect(within(article).getByRole('heading', { level: 2, name: 'Tell your friends' })).toBeInTheDocument();
    const share = within(article).getByRole('region', { name: 'Tell your friends' });
    expect(await within(share).findByRole('button', { name: /^Copy link/ })).toBeInTheDocument();
    const shareHrefs = within(share)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href')!);
    expect(shareHrefs.some((href) => href.startsWith('mailto:'))).toBe(true);
    const canonical = encodeURIComponent(absoluteUrl(`/stories/${MARROW_BAY}/`));
    expect(shareHrefs.every((href) => href.includes(canonical))).toBe(true);

    const comments = within(article).getByRole('region', { name: '3 comments' });
    const items = within(comments).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Harbourside reader');
    expect(items[0]).toHaveTextContent(
      'A brave decision. I hope the slipway amendment actually survives the planning board.',
    );
    expect(within(items[0]!).getByText('21 November 2026 at 09:12 UTC')).toHaveAttribute(
      'datetime',
      '2026-11-21T09:12:00+00:00',
    );

    const more = screen.getByRole('navigation', { name: 'More stories' });
    expect(within(more).getByRole('link', { name: 'All World stories' })).toHaveAttribute('href', '/sections/world/');
  });

  test('a comment count without comments reads "12 comments"', async () => {
    stubFetch();
    renderWithRouter(`/stories/${FENNWICK}/`);
    expect(
      await screen.findByRole('heading', { level: 1, name: /^Fennwick council approves a four-day week/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('12 comments')).toBeInTheDocument();
    expect(screen.queryByText('No comments')).toBeNull();
  });

  test('a story with none says "No comments"', async () => {
    stubFetch();
    renderWithRouter('/stories/aldmoor-pass-closed-after-floods/');
    expect(await screen.findByText('No comments')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Comments' })).toHaveTextContent(/^No comments$/);
  });
});

// Only the dev server's empty shell starts without data (every built page is pre-rendered with it).
test('shows no story while it is on its way, then the story', async () => {
  let answer!: () => void;
  stubFetch(
    (dataPath) =>
      new Promise<Response>((resolve) => {
        answer = () => resolve(serve(dataPath));
      }),
  );
  renderWithRouter(`/stories/${FENNWICK}/`);
  await waitFor(() => expect(answer).toBeDefined());
  expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
  answer();
  expect(await screen.findByRole('heading', { level: 1, name: /^Fennwick council/ })).toBeInTheDocument();
});

describe('a story that does not exist', () => {
  test('a 404 for its data shows "Page not found"', async () => {
    const fetch = stubFetch();
    renderWithRouter('/stories/no-such-story/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
    expect(fetch).toHaveBeenCalledWith('/data/stories/no-such-story.json', expect.anything());
  });

  test.each(['/stories/Bad..Slug/', '/stories/a--b/', '/stories/-lead/', `/stories/${'x'.repeat(121)}/`])(
    'an invalid slug (%s) is not found without fetching anything',
    async (url) => {
      const fetch = stubFetch();
      renderWithRouter(url);
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
      expect(fetch).not.toHaveBeenCalled();
    },
  );
});

describe('a story that fails to load', () => {
  const storyPath = `data/stories/${FENNWICK}.json`;
  const good = sampleDocument(storyPath) as { story: Record<string, unknown> };

  // How often the story's document is asked for while broken: one not of this site is asked for
  // once more, from the network, in case the first was an old copy.
  const failures: [string, () => Response | Promise<Response>, RegExp, number][] = [
    ['the network fails', () => Promise.reject(new TypeError('Failed to fetch')), /We could not reach the server/, 1],
    [
      'the server answers 500',
      () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
      /The server had a problem\. The server answered 500 Internal Server Error\./,
      1,
    ],
    [
      'the body is not JSON',
      () => new Response('{"story": {"headline": ', { headers: { 'content-type': 'application/json' } }),
      /This page arrived damaged.*The server sent a damaged document\./,
      1,
    ],
    [
      'the JSON is not one of the site’s documents',
      () => Response.json({ story: { ...good.story, headline: 42 } }),
      /This page arrived damaged.*The document is not one of this site’s documents\./,
      2,
    ],
  ];

  test.each(failures)(
    'when %s: "Could not load this page", and Retry loads the story once it is fixed',
    async (_, fail, explanation, brokenLoads) => {
      let broken = true;
      const fetch = stubFetch((dataPath, init) => (broken ? fail() : serve(dataPath, init)));
      const { user } = renderWithRouter(`/stories/${FENNWICK}/`);

      const alert = await screen.findByRole('alert');
      expect(within(alert).getByRole('heading', { level: 1, name: 'Could not load this page' })).toBeInTheDocument();
      expect(alert).toHaveTextContent(explanation);
      expect(screen.queryByRole('article')).toBeNull();

      broken = false;
      await user.click(within(alert).getByRole('button', { name: 'Retry' }));
      expect(await screen.findByRole('heading', { level: 1, name: /^Fennwick council approves/ })).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
      const storyLoads = fetch.mock.calls.filter(([url]) => url === `/${storyPath}`);
      expect(storyLoads).toHaveLength(brokenLoads + 1);
    },
  );
});
