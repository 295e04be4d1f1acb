import { expect, test } from 'vitest';
import { DOCUMENT_FORMAT, type ListPage, type StorySummary } from '../../src/data/documents';
import { breakingStory, newStories } from '../../src/live/frontChanges';

const summary = (slug: string, breaking = false): StorySummary => ({
  slug,
  breaking,
  headline: `The ${slug} story`,
  section: 'world',
  published: '2026-11-24T18:42:00Z',
  publishedDay: '24 November 2026',
});

const front = (lead: StorySummary | null, stories: StorySummary[]): ListPage => ({
  format: DOCUMENT_FORMAT,
  edition: '',
  section: null,
  page: 1,
  pageCount: 1,
  lead,
  stories,
});

test('new stories are the ones the reader has not been shown, wherever they appear', () => {
  const shown = front(summary('a'), [summary('b'), summary('c')]);
  const latest = front(summary('new-lead'), [summary('a'), summary('fresh'), summary('b')]);
  expect(newStories(shown, latest).map((story) => story.slug)).toEqual(['new-lead', 'fresh']);
});

test('stories that only move or drop off the page are not new', () => {
  const shown = front(summary('a'), [summary('b'), summary('c')]);
  expect(newStories(shown, front(summary('b'), [summary('a')]))).toEqual([]);
});

test('the breaking story is the first one flagged, the lead included', () => {
  expect(breakingStory(front(summary('lead', true), [summary('b', true)]))?.slug).toBe('lead');
  expect(breakingStory(front(null, [summary('a'), summary('b', true)]))?.slug).toBe('b');
  expect(breakingStory(front(summary('a'), [summary('b')]))).toBeNull();
});

test('without a breaking story, the banner announces a story being covered live', () => {
  const live = { ...summary('storm-live'), live: true as const };
  expect(breakingStory(front(summary('a'), [summary('b'), live]))?.slug).toBe('storm-live');
  expect(breakingStory(front(summary('a'), [live, summary('b', true)]))?.slug).toBe('b');
});
