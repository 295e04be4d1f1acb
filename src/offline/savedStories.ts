import { toSummary, type StoryPage, type StorySummary } from '../data/documents';
import { isSafeImageSrc, isSlug } from '../data/safeValues';
import { storedList } from '../lib/storedList';
import { documentUrl, storyDataPath } from '../site/paths';
import { CACHES } from './offlineCaches';

/** A story the reader saved for later, as kept in localStorage. */
export interface SavedStory {
  story: StorySummary;
  /** The image files kept with it, to let go of when it is removed. */
  images: string[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

function isSummary(value: unknown): value is StorySummary {
  if (!isObject(value)) return false;
  const { slug, kicker, breaking, headline, standfirst, section, published, publishedDay, image } = value;
  return (
    isSlug(slug) &&
    isOptionalString(kicker) &&
    typeof breaking === 'boolean' &&
    typeof headline === 'string' &&
    isOptionalString(standfirst) &&
    typeof section === 'string' &&
    typeof published === 'string' &&
    typeof publishedDay === 'string' &&
    (image === undefined ||
      (isObject(image) &&
        typeof image.src === 'string' &&
        isSafeImageSrc(image.src) &&
        typeof image.alt === 'string' &&
        typeof image.width === 'number' &&
        typeof image.height === 'number'))
  );
}

/**
 * Only the shape the Saved page and the buttons rely on: this site wrote the list, but storage
 * outlives the code that wrote it, and any script on the origin can change it.
 */
export const isSavedStory = (value: unknown): value is SavedStory =>
  isObject(value) &&
  isSummary(value.story) &&
  Array.isArray(value.images) &&
  value.images.every((image) => typeof image === 'string');

/**
 * The stories the reader saved, newest first: their cards in localStorage, their documents and
 * images in a cache the service worker reads from offline and never expires.
 */
export const savedStories = storedList<SavedStory>('dispatch:saved-stories', (stored) =>
  Array.isArray(stored) && stored.every(isSavedStory) ? stored : [],
);

const openCache = async () => ('caches' in window ? caches.open(CACHES.saved) : null);

export async function saveStory(page: StoryPage, images: string[]): Promise<void> {
  const { slug } = page.story;
  const others = savedStories.read().filter((saved) => saved.story.slug !== slug);
  savedStories.write([{ story: toSummary(page.story), images }, ...others]);
  const cache = await openCache();
  if (!cache) return;
  await cache.put(documentUrl(storyDataPath(slug)), Response.json(page));
  // An image that cannot be fetched now is left out: the story still opens, with its text.
  await Promise.all(images.map((url) => cache.add(url).catch(() => undefined)));
}

export async function removeStory(slug: string): Promise<void> {
  const all = savedStories.read();
  const removed = all.find((saved) => saved.story.slug === slug);
  const remaining = all.filter((saved) => saved !== removed);
  savedStories.write(remaining);
  const cache = await openCache();
  if (!cache || !removed) return;
  const stillUsed = new Set(remaining.flatMap((saved) => saved.images));
  await cache.delete(documentUrl(storyDataPath(slug)));
  await Promise.all(removed.images.filter((url) => !stillUsed.has(url)).map((url) => cache.delete(url)));
}
