/**
 * Saving a story for later and letting it go: only a press of Save or Remove needs this, so it is
 * in the Saved page's chunk (pipeline/bundles.ts), not in every page's script.
 */
import { toSummary, type StoryPage } from '../data/documents';
import { documentUrl, storyDataPath } from '../site/paths';
import { CACHES } from './offlineCaches';
import { savedStories } from './savedStories';

/**
 * The images the reader's browser chose for this story (the variant it loaded, or would load), so
 * the saved copy has pictures offline. Only the site's own: remote images are not kept.
 */
function storyImages(): string[] {
  const images = document.querySelectorAll<HTMLImageElement>('article.story img');
  return [...images]
    .map((img) => img.currentSrc || img.src)
    .filter((url) => new URL(url).origin === window.location.origin);
}

const openCache = async () => ('caches' in window ? caches.open(CACHES.saved) : null);

/** Keeps the story shown on this page, with the images it shows. */
export async function saveStory(page: StoryPage): Promise<void> {
  const { slug } = page.story;
  const images = storyImages();
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
