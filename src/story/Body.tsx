import type { StorySummary } from '../data/documents';
import type { Block } from '../data/schema';
import { assertUnreachable } from '../lib/assertUnreachable';
import { BlockQuote } from './BlockQuote';
import { BodyList } from './BodyList';
import { Figure } from './Figure';
import { Paragraph } from './Paragraph';
import { PullQuote } from './PullQuote';
import { SubHeading } from './SubHeading';
import { mediaBlocks } from './lazyMediaBlocks';
import { textBlocks } from './lazyTextBlocks';

/** A paragraph's id is its place among the paragraphs: `p-1`, `p-2`… so links to it keep working. */
export const paragraphId = (n: number | string): string => `p-${n}`;

/** Pull quotes are numbered the same way, `quote-1`, `quote-2`…: what a shared quote links to. */
export const quoteId = (n: number | string): string => `quote-${n}`;

function renderBlock(block: Block, key: number, paragraphNumber: string, quoteNumber: string, linked: StorySummary[]) {
  switch (block.type) {
    case 'paragraph':
      return <Paragraph key={key} id={paragraphId(paragraphNumber)} text={block.text} />;
    case 'heading':
      return <SubHeading key={key} text={block.text} />;
    case 'pullquote':
      return <PullQuote key={key} id={quoteId(quoteNumber)} text={block.text} attribution={block.attribution} />;
    case 'blockquote':
      return <BlockQuote key={key} text={block.text} attribution={block.attribution} />;
    case 'list':
      return <BodyList key={key} style={block.style} items={block.items} />;
    // Their chunk is loaded before a page that has them renders (lazyTextBlocks.ts).
    case 'related-link': {
      const RelatedLink = textBlocks()?.RelatedLink;
      return (
        RelatedLink && <RelatedLink key={key} link={block} story={linked.find((story) => story.slug === block.story)} />
      );
    }
    case 'table': {
      const Table = textBlocks()?.Table;
      return Table && <Table key={key} table={block} />;
    }
    case 'aside': {
      const Aside = textBlocks()?.Aside;
      return Aside && <Aside key={key} aside={block} />;
    }
    // A figure of a size other than inline is laid out by the media chunk, like the media blocks;
    // it is loaded before a page that has them renders (lazyMediaBlocks.ts).
    case 'figure':
    case 'video':
    case 'audio':
    case 'embed':
    case 'gallery': {
      if (block.type === 'figure' && (block.display ?? 'inline') === 'inline') {
        return <Figure key={key} image={block.image} />;
      }
      const MediaBlock = mediaBlocks()?.MediaBlock;
      return MediaBlock && <MediaBlock key={key} block={block} />;
    }
    default:
      return assertUnreachable(block);
  }
}

/**
 * `linked` holds the cards of the stories the body's related links point to (StoryPage.linked);
 * `ids` prefixes its anchors, so each update of a live story numbers its own (`update-x-p-1`).
 */
export function Body({ blocks, linked = [], ids = '' }: { blocks: Block[]; linked?: StorySummary[]; ids?: string }) {
  let paragraphs = 0;
  let quotes = 0;
  return (
    <div className="story-body">
      {blocks.map((block, i) =>
        renderBlock(
          block,
          i,
          ids + (block.type === 'paragraph' ? ++paragraphs : paragraphs),
          ids + (block.type === 'pullquote' ? ++quotes : quotes),
          linked,
        ),
      )}
    </div>
  );
}
