import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { bigStory, BIG_STORY_HEADLINE, BIG_STORY_SLUG } from '../../bench/bigStoryInput.ts';
import { StoryIndex, type IndexEntry } from '../../src/data/storyIndex';
import { site } from '../../src/site/config';
import { storyDataPath } from '../../src/site/paths';
import { DOCUMENT_FORMAT } from '../../src/data/documents';
import { storyPageOf } from '../support/documents';
import { renderWithRouter, sampleContent, serveContent, stubFetch } from '../support/renderWithRouter';

test('a story of 5,000 paragraphs renders every one of them', { timeout: 60_000 }, async () => {
  const page = storyPageOf(bigStory(5_000));
  stubFetch((dataPath) =>
    dataPath === storyDataPath(BIG_STORY_SLUG) ? Response.json(page) : Response.json({}, { status: 404 }),
  );
  renderWithRouter(`/stories/${BIG_STORY_SLUG}/`);

  expect(
    await screen.findByRole('heading', { level: 1, name: BIG_STORY_HEADLINE }, { timeout: 30_000 }),
  ).toBeInTheDocument();
  const paragraphs = screen.getByRole('article').querySelectorAll('p[id^="p-"]');
  expect(paragraphs).toHaveLength(5_000);
  expect(paragraphs[0]).toHaveAttribute('id', 'p-1');
  expect(paragraphs[0]).toHaveTextContent(/^Paragraph 1\. /);
  expect(paragraphs[4_999]).toHaveAttribute('id', 'p-5000');
  expect(paragraphs[4_999]).toHaveTextContent(/^Paragraph 5000\. .* A note with a link\.$/);
  expect(within(paragraphs[4_999] as HTMLElement).getByRole('link', { name: 'a link' })).toHaveAttribute(
    'href',
    'https://example.com/notes',
  );
});

describe('a section of 10,000 stories', () => {
  const STORIES = 10_000;
  const start = Date.parse('2026-11-24T12:00:00Z');
  /** Story n is n minutes older than story 1: the index orders them 1, 2, 3… */
  const entries: IndexEntry[] = Array.from({ length: STORIES }, (_, i) => {
    const published = new Date(start - i * 60_000).toISOString();
    return {
      summary: {
        slug: `story-${i + 1}`,
        breaking: false,
        headline: `Story ${i + 1}`,
        section: 'world',
        published,
        publishedDay: published.slice(0, 10),
      },
      tags: [],
      related: [],
      description: `Story ${i + 1}`,
      authors: [],
      updated: published,
      language: 'en',
    };
  });
  const index = new StoryIndex(entries, site.storiesPerPage);
  const pageCount = Math.ceil(STORIES / site.storiesPerPage);

  test(`is split into pages of ${site.storiesPerPage}, newest first, each story on exactly one`, () => {
    const pages = index.listPages('world');
    expect(pages).toHaveLength(pageCount);
    pages.forEach((page, p) => {
      expect(page).toMatchObject({ section: 'world', page: p + 1, pageCount, lead: null });
      expect(page.stories.length).toBe(p + 1 < pageCount ? site.storiesPerPage : STORIES - p * site.storiesPerPage);
    });
    expect(pages.flatMap((page) => page.stories.map((story) => story.slug))).toEqual(
      entries.map((entry) => entry.summary.slug),
    );
    expect(index.listPages('politics')).toEqual([
      { format: DOCUMENT_FORMAT, edition: '', section: 'politics', page: 1, pageCount: 1, lead: null, stories: [] },
    ]);
  });

  test('the front page leads with the newest story and pages through the rest', () => {
    const pages = index.listPages(null);
    expect(pages).toHaveLength(Math.ceil((STORIES - 1) / site.storiesPerPage));
    expect(pages[0]!.lead!.slug).toBe('story-1');
    expect(pages.slice(1).every((page) => page.lead === null)).toBe(true);
    expect(pages.flatMap((page) => page.stories).map((story) => story.slug)).toEqual(
      entries.slice(1).map((entry) => entry.summary.slug),
    );
  });

  test('its first page links on to the second, which links both ways', async () => {
    const { stories } = sampleContent();
    stubFetch(serveContent({ editions: [index], stories }));
    const { user } = renderWithRouter('/sections/world/');

    const first = await screen.findByRole('navigation', { name: 'Pages' });
    expect(first).toHaveTextContent(`Page 1 of ${pageCount}`);
    expect(screen.getByRole('link', { name: 'Story 1' })).toBeInTheDocument();
    await user.click(within(first).getByRole('link', { name: 'Older stories' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'World, page 2' })).toBeInTheDocument();
    const second = screen.getByRole('navigation', { name: 'Pages' });
    expect(second).toHaveTextContent(`Page 2 of ${pageCount}`);
    expect(screen.getByRole('link', { name: `Story ${site.storiesPerPage + 1}` })).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: 'Newer stories' })).toHaveAttribute('href', '/sections/world/');
    expect(within(second).getByRole('link', { name: 'Older stories' })).toHaveAttribute(
      'href',
      '/sections/world/page/3/',
    );
  });

  test('the last page links only back', async () => {
    const { stories } = sampleContent();
    stubFetch(serveContent({ editions: [index], stories }));
    renderWithRouter(`/sections/world/page/${pageCount}/`);

    const pages = await screen.findByRole('navigation', { name: 'Pages' });
    expect(pages).toHaveTextContent(`Page ${pageCount} of ${pageCount}`);
    expect(screen.getByRole('link', { name: `Story ${STORIES}` })).toBeInTheDocument();
    expect(within(pages).getByRole('link', { name: 'Newer stories' })).toHaveAttribute(
      'href',
      `/sections/world/page/${pageCount - 1}/`,
    );
    expect(within(pages).queryByRole('link', { name: /Older stories/ })).toBeNull();
  });
});
