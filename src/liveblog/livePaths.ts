import { storyPath } from '../site/paths';

/**
 * The addresses only live stories have, apart from src/site/paths.ts so that only their pages'
 * chunk (and the build) carries them.
 */

/** A live story's own feeds, one item per update, beside its page. */
export const liveFeedPath = (slug: string, format: 'rss' | 'json'): string =>
  `${storyPath(slug)}feed.${format === 'rss' ? 'xml' : 'json'}`;

/** The tiny document a live story's page polls for new updates. */
export const livePollDataPath = (slug: string): string => `data/live/${slug}.json`;
