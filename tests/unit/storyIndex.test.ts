import { describe, expect, test } from 'vitest';
import { DOCUMENT_FORMAT } from '../../src/data/documents';
import { publishedStory } from '../support/documents';
import { StoryIndex, toIndexEntry, type IndexEntry } from '../../src/data/storyIndex';

interface Fixture {
  slug: string;
  /** Hours after a fixed start: a larger number is newer. */
  hour: number;
  section?: string;
  tags?: string[];
  related?: string[];
  breaking?: boolean;
}

const entry = ({ slug, hour, section = 'world', tags = [], related = [], breaking = false }: Fixture): IndexEntry =>
  toIndexEntry(
    publishedStory({
      version: 1,
      slug,
      breaking,
      headline: `Story ${slug}`,
      section,
      tags,
      related,
      published: new Date(Date.UTC(2026, 10, 1) + hour * 3_600_000).toISOString(),
      body: [{ type: 'paragraph', text: 'Text.' }],
    }),
  );

const slugs = (stories: { slug: string }[] | { summary: { slug: string } }[]) =>
  stories.map((story) => ('summary' in story ? story.summary.slug : story.slug));

describe('order', () => {
  test('stories are newest first, ties broken by slug, whatever order they arrive in', () => {
    const index = new StoryIndex(
      [
        entry({ slug: 'old', hour: 1 }),
        entry({ slug: 'new', hour: 9 }),
        entry({ slug: 'b-tie', hour: 5 }),
        entry({ slug: 'a-tie', hour: 5 }),
      ],
      20,
    );
    expect(slugs(index.entries)).toEqual(['new', 'a-tie', 'b-tie', 'old']);
  });

  test('previous is the newer neighbour, next the older one; the ends have none', () => {
    const index = new StoryIndex(
      [entry({ slug: 'c', hour: 1 }), entry({ slug: 'a', hour: 3 }), entry({ slug: 'b', hour: 2 })],
      20,
    );
    expect(index.storyNav('a')).toMatchObject({ previous: null, next: { slug: 'b' } });
    expect(index.storyNav('b')).toMatchObject({ previous: { slug: 'a' }, next: { slug: 'c' } });
    expect(index.storyNav('c')).toMatchObject({ previous: { slug: 'b' }, next: null });
  });

  test('the navigation names each story by its headline, and carries nothing else of its card', () => {
    const index = new StoryIndex(
      [
        entry({ slug: 'a', hour: 3, tags: ['port'] }),
        entry({ slug: 'b', hour: 2, tags: ['port'] }),
        entry({ slug: 'c', hour: 1 }),
        ...['d', 'e', 'f', 'g', 'h', 'i'].map((slug, hour) => entry({ slug, hour: -hour })),
      ],
      20,
    );
    const nav = index.storyNav('b');
    expect(nav.previous).toEqual({ slug: 'a', headline: 'Story a' });
    expect(nav.next).toEqual({ slug: 'c', headline: 'Story c' });
    for (const story of [...nav.related, ...nav.moreInSection]) {
      expect(story).toEqual({ slug: story.slug, headline: `Story ${story.slug}` });
    }
    expect(nav.moreInSection.length).toBeGreaterThan(0);
  });

  test('an unknown story has no navigation', () => {
    expect(() => new StoryIndex([], 20).storyNav('nope')).toThrow('story "nope" is not in the index');
  });
});

describe('related stories', () => {
  const index = new StoryIndex(
    [
      entry({
        slug: 'subject',
        hour: 50,
        section: 'world',
        tags: ['iraq', 'military'],
        related: ['named-second', 'named-first', 'missing', 'subject'],
      }),
      entry({ slug: 'named-first', hour: 1, section: 'culture' }),
      entry({ slug: 'named-second', hour: 2, section: 'culture' }),
      entry({ slug: 'two-tags', hour: 10, section: 'science', tags: ['military', 'iraq'] }),
      entry({ slug: 'one-tag', hour: 40, section: 'business', tags: ['iraq'] }),
      entry({ slug: 'same-section', hour: 45, section: 'world' }),
      entry({ slug: 'unrelated', hour: 49, section: 'culture', tags: ['music'] }),
    ],
    20,
  );

  test('the ones named in `related` come first, in the order given, then those sharing the most tags', () => {
    // Unknown slugs and the story itself are skipped; four are shown.
    expect(slugs(index.storyNav('subject').related)).toEqual(['named-second', 'named-first', 'two-tags', 'one-tag']);
  });

  test('without named ones, shared tags rank above a shared section', () => {
    const small = new StoryIndex(
      [
        entry({ slug: 'subject', hour: 50, section: 'world', tags: ['iraq'] }),
        entry({ slug: 'next-door', hour: 49, section: 'culture' }),
        entry({ slug: 'section-only', hour: 48, section: 'world' }),
        entry({ slug: 'tag-only', hour: 1, section: 'culture', tags: ['iraq'] }),
        entry({ slug: 'nothing-shared', hour: 47, section: 'culture' }),
      ],
      20,
    );
    expect(slugs(small.storyNav('subject').related)).toEqual(['tag-only', 'section-only']);
  });

  test('"more in section" leaves out what is already shown: previous, next and related', () => {
    const world = new StoryIndex(
      [
        entry({ slug: 'w1', hour: 10, tags: ['x'] }),
        entry({ slug: 'w2', hour: 9 }),
        entry({ slug: 'w3', hour: 8, tags: ['x'] }),
        entry({ slug: 'w4', hour: 7 }),
        entry({ slug: 'w5', hour: 6 }),
        entry({ slug: 'w6', hour: 5 }),
        entry({ slug: 'w7', hour: 4 }),
        entry({ slug: 'w8', hour: 3 }),
        entry({ slug: 'w9', hour: 2 }),
        entry({ slug: 'elsewhere', hour: 1, section: 'culture', tags: ['x'] }),
      ],
      20,
    );
    const nav = world.storyNav('w3');
    expect(nav.previous?.slug).toBe('w2');
    expect(nav.next?.slug).toBe('w4');
    // Previous and next have links of their own, so related stories are others.
    expect(slugs(nav.related)).toEqual(['w1', 'elsewhere', 'w5', 'w6']);
    expect(slugs(nav.moreInSection)).toEqual(['w7', 'w8', 'w9']);
    const shown = new Set([nav.previous!.slug, nav.next!.slug, ...slugs(nav.related), 'w3']);
    for (const slug of slugs(nav.moreInSection)) expect(shown.has(slug)).toBe(false);
  });
});

describe('list pages', () => {
  const stories = Array.from({ length: 7 }, (_, i) =>
    entry({ slug: `s${i + 1}`, hour: 100 - i, section: i % 2 === 0 ? 'world' : 'science' }),
  );

  test('the front page leads with the newest breaking story and pages the rest', () => {
    const index = new StoryIndex(
      [
        ...stories,
        entry({ slug: 'old-breaking', hour: 1, breaking: true }),
        entry({ slug: 'new-breaking', hour: 50, breaking: true }),
      ],
      3,
    );
    const pages = index.listPages(null);
    expect(pages.map((page) => [page.page, page.pageCount, page.lead?.slug ?? null, slugs(page.stories)])).toEqual([
      [1, 3, 'new-breaking', ['s1', 's2', 's3']],
      [2, 3, null, ['s4', 's5', 's6']],
      [3, 3, null, ['s7', 'old-breaking']],
    ]);
    expect(pages.every((page) => page.section === null)).toBe(true);
  });

  test('without a breaking story the newest leads', () => {
    const [first] = new StoryIndex(stories, 20).listPages(null);
    expect(first!.lead?.slug).toBe('s1');
    expect(slugs(first!.stories)).toEqual(['s2', 's3', 's4', 's5', 's6', 's7']);
  });

  test('a section lists only its own stories, newest first, with no lead', () => {
    const pages = new StoryIndex(stories, 3).listPages('world');
    expect(pages.map((page) => [page.section, page.page, page.pageCount, page.lead, slugs(page.stories)])).toEqual([
      ['world', 1, 2, null, ['s1', 's3', 's5']],
      ['world', 2, 2, null, ['s7']],
    ]);
  });

  test('page counts round up, and an empty list is still one page', () => {
    expect(new StoryIndex(stories, 6).listPages(null)).toHaveLength(1);
    expect(new StoryIndex(stories, 5).listPages(null)).toHaveLength(2);
    expect(new StoryIndex(stories, 1).listPages('science')).toHaveLength(3);
    expect(new StoryIndex([], 20).listPages(null)).toEqual([
      { format: DOCUMENT_FORMAT, edition: '', section: null, page: 1, pageCount: 1, lead: null, stories: [] },
    ]);
    expect(new StoryIndex(stories, 20).listPages('culture')).toEqual([
      { format: DOCUMENT_FORMAT, edition: '', section: 'culture', page: 1, pageCount: 1, lead: null, stories: [] },
    ]);
  });

  test('the sections are those that have stories', () => {
    expect(new StoryIndex(stories, 20).sections.sort()).toEqual(['science', 'world']);
  });
});

test('a configured section with no stories yet still has its (empty) first page', () => {
  const index = new StoryIndex([entry({ slug: 'only', hour: 1, section: 'world' })], 20, ['world', 'science']);
  expect(index.sections).toEqual(['world', 'science']);
  expect(index.listPages('science')).toEqual([
    { format: DOCUMENT_FORMAT, edition: '', section: 'science', page: 1, pageCount: 1, lead: null, stories: [] },
  ]);
});
