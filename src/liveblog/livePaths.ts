import { storyPath } from '../site/paths';

/**
 * The addresses only live stories have, apart from src/site/paths.ts so that only their pages'
 * chunk (and the build) carries them.
 */

/** A live story's own feeds, one item per update, beside its page. */
export const liveFeedPath = (slug: string, format: 'rss' | 'json'): string =>
  `${storyPath(slug)}feed.${format === 'rss' ? 'xml' : 'json'}`;

/**
 * A link's href to a page of the site, under its base path. The live chunk links with plain
 * anchors (a page of updates loads as the pre-rendered page it is): importing React Router into a
 * lazy chunk makes the bundler move React into a chunk of its own, 1.5 KB more on every page.
 */
export const pageHref = (sitePath: string): string => `${import.meta.env.BASE_URL}${sitePath.slice(1)}`;

/** The tiny document a live story's page polls for new updates. */
export const livePollDataPath = (slug: string): string => `data/live/${slug}.json`;
