/**
 * The components of the media blocks (video, audio, embeds, galleries) and of figures' display
 * sizes, in a chunk of their own with their own stylesheet: only the pages of stories that use them
 * load either (lazyMediaBlocks.ts), so what every page loads stays in budget.
 */
import type { AudioBlock, Block, EmbedBlock, GalleryBlock, VideoBlock } from '../data/schema';
import { assertUnreachable } from '../lib/assertUnreachable';
import { Audio } from './Audio';
import { Embed } from './Embed';
import { Gallery } from './Gallery';
import { MediaFigure } from './MediaFigure';
import { Video } from './Video';
import './media.css';

export { Video };

export type MediaBlockValue = VideoBlock | AudioBlock | EmbedBlock | GalleryBlock | Extract<Block, { type: 'figure' }>;

/** One media block, or a figure with a display size other than inline. */
export function MediaBlock({ block }: { block: MediaBlockValue }) {
  switch (block.type) {
    case 'video':
      return <Video video={block} />;
    case 'audio':
      return <Audio audio={block} />;
    case 'embed':
      return <Embed embed={block} />;
    case 'gallery':
      return <Gallery gallery={block} />;
    case 'figure':
      return block.display && block.display !== 'inline' ? (
        <MediaFigure image={block.image} display={block.display} />
      ) : null;
    default:
      return assertUnreachable(block);
  }
}
