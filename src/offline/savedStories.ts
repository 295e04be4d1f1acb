import type { StorySummary } from '../data/documents';
import { isSafeImageSrc, isSlug } from '../data/safeValues';
import { storedList } from '../lib/storedList';

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
 * images in a cache the service worker reads from offline and never expires (saveStory.ts).
 */
export const savedStories = storedList<SavedStory>('dispatch:saved-stories', (stored) =>
  Array.isArray(stored) && stored.every(isSavedStory) ? stored : [],
);
