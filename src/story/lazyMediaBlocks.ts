import type { PublishedStory } from '../data/documents';

type MediaBlocks = typeof import('./mediaBlocks');

let loaded: MediaBlocks | null = null;

/** The media block components, once loaded; null before. */
export const mediaBlocks = (): MediaBlocks | null => loaded;

const MEDIA_BLOCK_TYPES = new Set(['video', 'audio', 'embed', 'gallery']);

/**
 * Whether a story shows a lead video, a media block or a figure laid out other than inline: only
 * then does its page need the media chunk, and its stylesheet (pipeline/pageAssets.ts).
 */
export function usesMediaBlocks(story: Pick<PublishedStory, 'body' | 'leadVideo'>): boolean {
  return (
    story.leadVideo !== undefined ||
    story.body.some(
      (block) =>
        MEDIA_BLOCK_TYPES.has(block.type) || (block.type === 'figure' && (block.display ?? 'inline') !== 'inline'),
    )
  );
}

export async function loadMediaBlocks(): Promise<void> {
  loaded ??= await import('./mediaBlocks');
}
