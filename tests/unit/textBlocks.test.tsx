import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, test } from 'vitest';
import type { StoryPage, StorySummary } from '../../src/data/documents';
import { storyPageQuery } from '../../src/data/queries';
import { blockSchema, storySchema, type Block } from '../../src/data/schema';
import { storyHead } from '../../src/site/head';
import { Body } from '../../src/story/Body';
import { loadTextBlocks } from '../../src/story/lazyTextBlocks';
import { stars } from '../../src/story/Rating';
import { readingMinutes, WORDS_PER_MINUTE } from '../../src/story/readingTime';
import { columnAlignments } from '../../src/story/tableLayout';
import { publishedStory } from '../support/documents';
import { createTestQueryClient, renderWithRouter, sampleDocument, stubFetch } from '../support/renderWithRouter';

const blocks = (...input: unknown[]): Block[] => input.map((block) => blockSchema.parse(block));

const SAMPLE = 'flood-year-harbour-playhouse-review';

// Body renders these blocks from their own chunk, which the app loads before a page that has them.
beforeAll(loadTextBlocks);
const samplePage = () => sampleDocument(`data/stories/${SAMPLE}.json`) as StoryPage;

const summary: StorySummary = {
  slug: 'marrow-bay-votes-managed-retreat',
  breaking: false,
  kicker: 'Analysis',
  headline: 'Marrow Bay votes to let the sea back in',
  section: 'world',
  published: '2026-11-21T07:00:00Z',
  publishedDay: '21 November 2026',
  image: { src: 'https://images.example.com/coast.jpg', alt: 'The coast', width: 1600, height: 900 },
};

/** Body blocks inside the app's router, which story links need. */
function renderBody(body: Block[], linked: StorySummary[] = []) {
  const page = samplePage();
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(storyPageQuery(SAMPLE).queryKey, { ...page, story: { ...page.story, body }, linked });
  stubFetch();
  return renderWithRouter(`/stories/${SAMPLE}/`, queryClient);
}

describe('related links', () => {
  test("a story link is a card of that story's kicker, headline and image, from the index", async () => {
    renderBody(blocks({ type: 'paragraph', text: 'Text.' }, { type: 'related-link', story: summary.slug }), [summary]);
    const link = await screen.findByRole('link', { name: `Analysis ${summary.headline}` });
    expect(link).toHaveAttribute('href', `/stories/${summary.slug}/`);
    const card = link.closest('.related-link')!;
    expect(within(card as HTMLElement).getByText('Related')).toBeInTheDocument();
    expect(link.querySelector('img')).toHaveAttribute('src', summary.image!.src);
    // The image repeats the headline beside it: decorative.
    expect(link.querySelector('img')).toHaveAttribute('alt', '');
  });

  test('an external link shows its title and where it goes', async () => {
    renderBody(
      blocks({
        type: 'related-link',
        url: 'https://www.harbourplayhouse.example/tickets',
        title: 'Tickets and access',
      }),
    );
    const link = await screen.findByRole('link', { name: /^Tickets and access/ });
    expect(link).toHaveAttribute('href', 'https://www.harbourplayhouse.example/tickets');
    expect(link).toHaveTextContent('harbourplayhouse.example');
    expect(link.closest('.related-link')).toHaveTextContent(/^Elsewhere/);
  });

  test('the links under the standfirst are a list named "More on this story"', async () => {
    const page = samplePage();
    stubFetch();
    renderWithRouter(`/stories/${SAMPLE}/`);
    const nav = await screen.findByRole('navigation', { name: 'More on this story' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      [
        page.linked.find((story) => story.slug === 'marrow-bay-votes-managed-retreat')!.headline,
        '/stories/marrow-bay-votes-managed-retreat/',
      ],
      ['The Flood Year at the Harbour Playhouse', 'https://harbourplayhouse.example/whats-on/the-flood-year'],
    ]);
  });

  test("the story page document carries each linked story's card once", () => {
    expect(samplePage().linked.map((story) => story.slug)).toEqual([
      'marrow-bay-votes-managed-retreat',
      'lantern-quartet-tidewater-review',
    ]);
  });
});

describe('tables', () => {
  const tourTable = {
    type: 'table',
    caption: 'Where the play goes next',
    header: 'both',
    rows: [
      ['Venue', 'Dates', 'Seats', 'From'],
      ['Harbour Playhouse', 'until 6 December', '320', '£14.00'],
      ['Westmere Civic Hall', [{ type: 'em', children: ['to be announced'] }], '1,150', '–'],
    ],
  };

  test('a caption, column and row headers, rich cells, in a focusable region named by the caption', () => {
    render(<Body blocks={blocks(tourTable)} />);
    const region = screen.getByRole('region', { name: 'Where the play goes next' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Where the play goes next' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Venue', 'Dates', 'Seats', 'From']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Harbour Playhouse', 'Westmere Civic Hall']);
    expect(within(table).getByText('to be announced').tagName).toBe('EM');
  });

  test('columns of figures align as numbers; the publisher may say otherwise', () => {
    const table = blocks(tourTable)[0] as Extract<Block, { type: 'table' }>;
    expect(columnAlignments(table)).toEqual(['start', 'start', 'numeric', 'numeric']);
    expect(columnAlignments({ ...table, align: ['start', 'center', 'end', 'start'] })).toEqual([
      'start',
      'center',
      'end',
      'start',
    ]);
    expect(columnAlignments({ header: 'none', rows: [['12%', '−3.5', '(1,200)', 'n/a', 'About 40']] })).toEqual([
      'numeric',
      'numeric',
      'numeric',
      'start',
      'start',
    ]);
    render(<Body blocks={blocks(tourTable)} />);
    expect(screen.getByRole('cell', { name: '1,150' })).toHaveClass('table__cell--numeric');
    expect(screen.getByRole('cell', { name: 'until 6 December' })).toHaveClass('table__cell--start');
  });

  test('a header row only, or none', () => {
    render(<Body blocks={blocks({ ...tourTable, header: 'none' })} />);
    expect(screen.queryAllByRole('columnheader')).toEqual([]);
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });
});

describe('boxes', () => {
  test('an aside named by its title, headings a level below it, paragraphs without story anchors', () => {
    const { container } = render(
      <Body
        blocks={blocks(
          { type: 'paragraph', text: 'First.' },
          {
            type: 'aside',
            style: 'q-and-a',
            title: 'Should you go?',
            blocks: [
              { type: 'heading', text: 'Do I need to know the story?' },
              { type: 'paragraph', text: 'No.' },
              { type: 'list', items: ['Bring a coat.'] },
            ],
          },
          { type: 'paragraph', text: 'Second.' },
        )}
      />,
    );
    const box = screen.getByRole('complementary', { name: 'Should you go?' });
    expect(within(box).getByRole('heading', { level: 2, name: 'Should you go?' })).toBeInTheDocument();
    expect(within(box).getByRole('heading', { level: 3, name: 'Do I need to know the story?' })).toBeInTheDocument();
    expect(within(box).getByRole('listitem')).toHaveTextContent('Bring a coat.');
    expect(box).toHaveClass('box--q-and-a');
    expect(within(box).getByText('No.')).not.toHaveAttribute('id');
    expect(container.querySelector('#p-2')).toHaveTextContent('Second.');
  });
});

describe('line breaks and sub-headings', () => {
  test('a break inside a paragraph is a line break, not a new paragraph', () => {
    render(<Body blocks={blocks({ type: 'paragraph', text: ['2 Quay Row', { type: 'break' }, 'Marrow Bay'] })} />);
    const paragraph = screen.getByRole('paragraph');
    expect(paragraph.innerHTML).toBe('2 Quay Row<br>Marrow Bay');
  });

  test('a sub-heading may hold emphasis and a link', () => {
    render(
      <Body
        blocks={blocks({
          type: 'heading',
          text: [
            'A town that plays ',
            { type: 'em', children: ['itself'] },
            ', ',
            { type: 'link', href: 'https://example.com/', children: ['mostly'] },
          ],
        })}
      />,
    );
    const heading = screen.getByRole('heading', { level: 2, name: 'A town that plays itself, mostly' });
    expect(within(heading).getByText('itself').tagName).toBe('EM');
    expect(within(heading).getByRole('link', { name: 'mostly' })).toHaveAttribute('href', 'https://example.com/');
  });
});

describe('the sample review: byline, rating and corrections', () => {
  test('the author is named with their role and where they reported from', async () => {
    stubFetch();
    renderWithRouter(`/stories/${SAMPLE}/`);
    const byline = await screen.findByText((_, element) => element?.className === 'byline__authors');
    expect(byline).toHaveTextContent(/^By Ines Calloway \(Theatre critic, reporting from Marrow Bay\)$/);
  });

  test('the stars say in words what they show', async () => {
    stubFetch();
    renderWithRouter(`/stories/${SAMPLE}/`);
    const words = await screen.findByText('Rated 4 out of 5');
    const rating = words.closest('.rating')!;
    expect(rating.querySelector('.rating__stars')).toHaveAttribute('aria-hidden', 'true');
    expect(rating.querySelectorAll('.rating__star--full')).toHaveLength(4);
    expect(rating.querySelectorAll('.rating__star--empty')).toHaveLength(1);
    expect(stars(3.5, 5)).toEqual(['full', 'full', 'full', 'half', 'empty']);
    expect(stars(0, 3)).toEqual(['empty', 'empty', 'empty']);
  });

  test('corrections are listed at the end with their times, and the top of the story leads to them', async () => {
    stubFetch();
    const { user } = renderWithRouter(`/stories/${SAMPLE}/`);
    const section = await screen.findByRole('region', { name: 'Correction' });
    expect(within(section).getByRole('listitem')).toHaveTextContent(
      /^23 November 2026 at 09:10 UTC An earlier version of this review gave the running time as 2 hours 40 minutes\./,
    );
    expect(within(section).getByText('23 November 2026 at 09:10 UTC')).toHaveAttribute(
      'datetime',
      '2026-11-23T09:10:00+00:00',
    );
    const notice = screen.getByText('This story has been corrected.', { exact: false });
    const link = within(notice).getByRole('link', { name: 'See the correction' });
    expect(link).toHaveAttribute('href', `#${section.id}`);
    await user.click(link);
  });
});

describe('what the head and the reading time make of them', () => {
  const story = storySchema.parse({
    version: 1,
    slug: 'a-review',
    headline: 'A review',
    section: 'culture',
    published: '2026-11-22T19:30:00Z',
    authors: [
      { name: 'Ines Calloway', role: 'Theatre critic', location: 'Marrow Bay' },
      { name: 'Osric Pembleton', location: 'Fennwick' },
    ],
    body: [{ type: 'paragraph', text: 'Text.' }],
    corrections: [{ date: '2026-11-23T09:10:00Z', text: [{ type: 'em', children: ['Tidewater'] }, ' was misspelt.'] }],
    rating: { value: 3.5, item: 'The Flood Year', itemType: 'Event' },
  });

  test('JSON-LD: a review with its rating, the authors’ jobs, the dateline and each correction', () => {
    const jsonLd = storyHead(story).jsonLd!;
    expect(jsonLd['@type']).toBe('ReviewNewsArticle');
    expect(jsonLd.itemReviewed).toEqual({ '@type': 'Event', name: 'The Flood Year' });
    expect(jsonLd.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 3.5, bestRating: 5, worstRating: 0 });
    expect(jsonLd.author).toEqual([
      { '@type': 'Person', name: 'Ines Calloway', jobTitle: 'Theatre critic' },
      { '@type': 'Person', name: 'Osric Pembleton' },
    ]);
    expect(jsonLd.dateline).toBe('Marrow Bay; Fennwick');
    expect(jsonLd.correction).toEqual([
      { '@type': 'CorrectionComment', text: 'Tidewater was misspelt.', datePublished: '2026-11-23T09:10:00Z' },
    ]);
  });

  test('a story without them is a plain NewsArticle with none of these fields', () => {
    const plain = storyHead({ ...story, rating: undefined, corrections: [], authors: [] }).jsonLd!;
    expect(plain['@type']).toBe('NewsArticle');
    for (const key of ['itemReviewed', 'reviewRating', 'dateline', 'correction']) expect(plain).not.toHaveProperty(key);
  });

  test('reading time counts the words of tables, boxes and corrections', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');
    const base = { headline: 'H', body: [] as Block[] };
    expect(
      readingMinutes({
        ...base,
        body: blocks(
          { type: 'table', caption: 'C', rows: [[words(WORDS_PER_MINUTE / 2), words(WORDS_PER_MINUTE / 2)]] },
          { type: 'aside', title: 'T', blocks: [{ type: 'paragraph', text: words(WORDS_PER_MINUTE) }] },
          { type: 'related-link', story: 'elsewhere' },
        ),
        corrections: [{ date: '2026-11-23T09:10:00Z', text: words(WORDS_PER_MINUTE) }],
      }),
    ).toBe(3);
    expect(
      publishedStory({ ...story, body: blocks({ type: 'heading', text: [words(3), { type: 'break' }] }) })
        .readingMinutes,
    ).toBe(1);
  });
});
