import type { Image } from '../data/schema';
import { ResponsiveImage } from '../images/ResponsiveImage';
import { RichText } from './RichText';

/**
 * How wide story.css lays images out: the text column (--measure, 38rem), the whole screen below
 * that, and for the lead on wide screens the text column and the rail beside it.
 */
export const FIGURE_SIZES = '(min-width: 42rem) 38rem, 100vw';
const LEAD_SIZES = `(min-width: 80rem) 62.5rem, ${FIGURE_SIZES}`;

/** An image with its caption and credit, used for the lead image and for figures in the body. */
export function Picture({
  image,
  lead = false,
  display,
  sizes = lead ? LEAD_SIZES : FIGURE_SIZES,
}: {
  image: Image;
  lead?: boolean;
  /** A figure's display size other than inline (MediaFigure.tsx). */
  display?: string;
  sizes?: string;
}) {
  const className = lead ? 'picture picture--lead' : display ? `picture picture--${display}` : 'picture';
  return (
    <figure className={className}>
      <ResponsiveImage image={image} alt={image.alt} sizes={sizes} priority={lead} />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption && <RichText text={image.caption} />}
          {image.credit && <span className="picture__credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
