import { siteDescriptions } from '#site-descriptions';
import type { Edition } from './settings';

/**
 * What an edition and its sections say of themselves: for heads and feeds alone, so kept out of
 * the settings every page's script carries (src/site/config.ts). In the browser only the head
 * code reads them, and they come with its chunk (src/app/pageHeads.ts), on a navigation.
 */
export const editionDescription = (edition: Pick<Edition, 'key'>): string =>
  siteDescriptions[edition.key]?.description ?? '';

export const sectionDescription = (edition: Pick<Edition, 'key'>, slug: string): string | undefined =>
  siteDescriptions[edition.key]?.sections[slug];
