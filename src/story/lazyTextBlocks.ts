import type { PublishedStory, StoryPage } from '../data/documents';
import { loadMediaBlocks, usesMediaBlocks } from './lazyMediaBlocks';

type TextBlocks = typeof import('./textBlocks');

let loaded: TextBlocks | null = null;

/** The text and trust block components, once loaded; null before. */
export const textBlocks = (): TextBlocks | null => loaded;

const TEXT_BLOCK_TYPES = new Set(['related-link', 'table', 'aside']);

/** Whether a story shows any text or trust block: only then does its page need their chunk. */
export function usesTextBlocks(story: Pick<PublishedStory, 'body' | 'standfirstLinks' | 'corrections' | 'rating'>) {
  return (
    story.rating !== undefined ||
    story.corrections.length > 0 ||
    story.standfirstLinks.length > 0 ||
    story.body.some((block) => TEXT_BLOCK_TYPES.has(block.type))
  );
}

export async function loadTextBlocks(): Promise<void> {
  loaded ??= await import('./textBlocks');
}

/**
 * Loads the chunks before a story page that needs them renders: in its route's loader, before the
 * pre-rendered page hydrates, and before the pre-renderer renders it, so both render the same.
 */
export async function prepareDocument(document: unknown): Promise<void> {
  const page = document as Partial<Pick<StoryPage, 'story' | 'translations'>> | null | undefined;
  const story = page?.story;
  if (!story || !Array.isArray(story.body)) return;
  const translated = (page.translations?.length ?? 0) > 0;
  await Promise.all([
    (usesTextBlocks(story) || translated) && loadTextBlocks(),
    usesMediaBlocks(story) && loadMediaBlocks(),
  ]);
}
