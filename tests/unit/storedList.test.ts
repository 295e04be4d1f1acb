import { afterEach, expect, test, vi } from 'vitest';
import { isSlug } from '../../src/data/safeValues';
import { storedList } from '../../src/lib/storedList';
import { isSavedStory, savedStories, type SavedStory } from '../../src/offline/savedStories';

/** As the dismissed-news list checks. */
const slugs = (stored: unknown): string[] => (Array.isArray(stored) && stored.every(isSlug) ? stored : []);

afterEach(() => localStorage.clear());

test('a stored list reads back what was written, and tells its listeners', () => {
  const list = storedList('test:slugs', slugs);
  const listener = vi.fn();
  const unsubscribe = list.subscribe(listener);
  expect(list.read()).toEqual([]);
  list.write(['harbour', 'quay']);
  expect(list.read()).toEqual(['harbour', 'quay']);
  expect(listener).toHaveBeenCalledTimes(1);
  unsubscribe();
});

test('nothing stored reads as an empty list at once, without running the check', () => {
  const check = vi.fn(slugs);
  const list = storedList('test:slugs', check);
  expect(list.read()).toEqual([]);
  expect(check).not.toHaveBeenCalled();
});

test('what is stored is checked at once, and only again once it changes', () => {
  localStorage.setItem('test:slugs', '["harbour"]');
  const check = vi.fn(slugs);
  const list = storedList('test:slugs', check);
  expect(list.read()).toEqual(['harbour']);
  list.read();
  expect(check).toHaveBeenCalledTimes(1);
});

test('the same array comes back until the stored text changes, as useSyncExternalStore needs', () => {
  const list = storedList('test:slugs', slugs);
  list.write(['harbour']);
  expect(list.read()).toBe(list.read());
  localStorage.setItem('test:slugs', '["quay"]');
  const changed = list.read();
  expect(changed).toEqual(['quay']);
  expect(list.read()).toBe(changed);
});

test('damaged or foreign data in storage reads as an empty list, never as a crash', () => {
  const list = storedList('test:slugs', slugs);
  localStorage.setItem('test:slugs', '{"not": "a list"');
  expect(list.read()).toEqual([]);
  localStorage.setItem('test:slugs', '["<script>", 42]');
  expect(list.read()).toEqual([]);
});

test('a change made in another tab reaches the listeners', () => {
  const list = storedList('test:slugs', slugs);
  const listener = vi.fn();
  list.subscribe(listener);
  window.dispatchEvent(new StorageEvent('storage', { key: 'test:slugs' }));
  window.dispatchEvent(new StorageEvent('storage', { key: 'another:key' }));
  expect(listener).toHaveBeenCalledTimes(1);
});

const saved: SavedStory = {
  story: {
    slug: 'harbour-wall-repaired',
    kicker: 'Coast',
    breaking: false,
    headline: 'The harbour wall is repaired',
    section: 'local',
    published: '2026-11-21T07:00:00+00:00',
    publishedDay: '21 November 2026',
    image: { src: '/images/harbour.jpg', alt: 'The harbour', width: 1200, height: 800 },
  },
  images: ['/images/harbour-800.avif'],
};

test('saved stories in the shape this site writes read back as they are', () => {
  localStorage.setItem('dispatch:saved-stories', JSON.stringify([saved]));
  expect(savedStories.read()).toEqual([saved]);
});

test.each<[string, unknown]>([
  ['a slug that is no slug', { ...saved, story: { ...saved.story, slug: 'Not A Slug' } }],
  ['a headline that is not text', { ...saved, story: { ...saved.story, headline: { html: '<b>' } } }],
  ['no worded day', { ...saved, story: { ...saved.story, publishedDay: undefined } }],
  [
    'an image from elsewhere',
    { ...saved, story: { ...saved.story, image: { ...saved.story.image, src: 'javascript:x' } } },
  ],
  ['images that are not file names', { ...saved, images: [42] }],
  ['no story at all', { images: [] }],
])('a saved story with %s is not one', (_, value) => {
  expect(isSavedStory(value)).toBe(false);
  localStorage.setItem('dispatch:saved-stories', JSON.stringify([saved, value]));
  expect(savedStories.read()).toEqual([]);
});
