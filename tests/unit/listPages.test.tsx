import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { StoryIndex } from '../../src/data/storyIndex';
import { renderWithRouter, sampleContent, serveContent, stubFetch } from '../support/renderWithRouter';

/** The headlines of the story cards on the page, top to bottom. */
const cardHeadlines = () => screen.getAllByRole('article').map((card) => within(card).getByRole('heading').textContent);

const headlinesOf = (predicate: (section: string) => boolean) =>
  sampleContent()
    .index.entries.filter((entry) => predicate(entry.summary.section))
    .map((entry) => entry.summary.headline);

describe('the front page', () => {
  test('leads with the breaking story, then every other story newest first', async () => {
    stubFetch();
    renderWithRouter('/');
    expect(await screen.findByRole('heading', { level: 1, name: /^Dispatch:\s*Latest news$/ })).toBeInTheDocument();
    const [lead, ...rest] = screen.getAllByRole('article');
    expect(lead).toHaveClass('card--lead');
    expect(within(lead!).getByText('Breaking News')).toBeInTheDocument();
    expect(
      within(lead!).getByRole('link', { name: 'Defense Secretary Says U.S. Troops Are Not Withdrawing From Iraq' }),
    ).toHaveAttribute('href', '/stories/defense-secretary-troops-not-withdrawing-iraq/');
    expect(rest.map((card) => within(card).getByRole('heading').textContent)).toEqual(
      headlinesOf(() => true).filter((headline) => !headline.startsWith('Defense Secretary')),
    );
    expect(screen.queryByRole('navigation', { name: 'Pages' })).toBeNull();
  });

  test('pages link to older and newer stories', async () => {
    // The sample content fills one page; the same stories a third as many to a page make three.
    const content = sampleContent();
    const entries = content.index.entries;
    const perPage = Math.ceil((entries.length - 1) / 3);
    stubFetch(serveContent({ ...content, editions: [new StoryIndex(entries, perPage)] }));
    const { user } = renderWithRouter('/');

    const pages = await screen.findByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent('Page 1 of 3');
    expect(within(pages).queryByRole('link', { name: /Newer stories/ })).toBeNull();
    expect(cardHeadlines()).toHaveLength(perPage + 1);

    await user.click(within(pages).getByRole('link', { name: 'Older stories' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest news, page 2' })).toBeInTheDocument();
    const second = screen.getByRole('navigation', { name: 'Pages' });
    expect(second).toHaveTextContent('Page 2 of 3');
    expect(within(second).getByRole('link', { name: 'Newer stories' })).toHaveAttribute('href', '/');
    expect(within(second).getByRole('link', { name: 'Older stories' })).toHaveAttribute('href', '/page/3/');
    expect(screen.getAllByRole('article').some((card) => card.classList.contains('card--lead'))).toBe(false);
    const lead = entries.find((entry) => entry.summary.breaking)!;
    const rest = entries.filter((entry) => entry !== lead).map((entry) => entry.summary.headline);
    expect(cardHeadlines()).toEqual(rest.slice(perPage, 2 * perPage));

    await user.click(within(second).getByRole('link', { name: 'Older stories' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Latest news, page 3' })).toBeInTheDocument();
    expect(cardHeadlines()).toEqual(rest.slice(2 * perPage));
    expect(
      within(screen.getByRole('navigation', { name: 'Pages' })).queryByRole('link', { name: /Older stories/ }),
    ).toBeNull();
  });

  test.each(['/page/1/', '/page/0/', '/page/two/'])('%s is not a page', async (url) => {
    const fetch = stubFetch();
    renderWithRouter(url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a page past the last is not found', async () => {
    stubFetch();
    renderWithRouter('/page/9/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('a section page', () => {
  test("lists that section's stories and no others", async () => {
    stubFetch();
    renderWithRouter('/sections/politics/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Politics' })).toBeInTheDocument();
    const politics = headlinesOf((section) => section === 'politics');
    expect(politics.length).toBeGreaterThan(1);
    expect(cardHeadlines()).toEqual(politics);
    for (const other of headlinesOf((section) => section !== 'politics')) expect(screen.queryByText(other)).toBeNull();
    expect(screen.getByRole('link', { name: 'Politics' })).toHaveAttribute('aria-current', 'page');
  });

  test('section pages paginate under the section', async () => {
    const content = sampleContent();
    stubFetch(serveContent({ ...content, editions: [new StoryIndex(content.index.entries, 1)] }));
    const { user } = renderWithRouter('/sections/world/');
    const pages = await screen.findByRole('navigation', { name: 'Pages' });
    const world = headlinesOf((section) => section === 'world');
    expect(pages).toHaveTextContent(`Page 1 of ${world.length}`);
    expect(cardHeadlines()).toEqual(world.slice(0, 1));
    await user.click(within(pages).getByRole('link', { name: 'Older stories' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'World, page 2' })).toBeInTheDocument();
    expect(cardHeadlines()).toEqual(world.slice(1, 2));
    expect(screen.getByRole('link', { name: 'Newer stories' })).toHaveAttribute('href', '/sections/world/');
  });

  test('an unknown section is not found', async () => {
    const fetch = stubFetch();
    renderWithRouter('/sections/sport/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledWith('/data/sections/sport/1.json', expect.anything());
  });

  test('a section name that cannot be a slug is not found without fetching', async () => {
    const fetch = stubFetch();
    renderWithRouter('/sections/Not_A_Section/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
