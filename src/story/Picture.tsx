import type { Image } from '../data/schema';
import { ResponsiveImage } from '../images/ResponsiveImage';
import { RichText } from './RichText';

/**
 * How wide story.css lays images out: the text column (--measure, 38rem), the whole screen below
 * that, and for the lead on wide screens the text column and the rail beside it.
 */
const FIGURE_SIZES = '(min-width: 42rem) 38rem, 100vw';
const LEAD_SIZES = `(min-width: 80rem) 62.5rem, ${FIGURE_SIZES}`;

/** An image with its caption and credit, used for the lead image and for figures in the body. */
export function Picture({ image, lead = false }: { image: Image; lead?: boolean }) {
  return (
    <figure className={lead ? 'picture picture--lead' : 'picture'}>
      <ResponsiveImage image={image} alt={image.alt} sizes={lead ? LEAD_SIZES : FIGURE_SIZES} priority={lead} />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption && <RichText text={image.caption} />}
          {image.credit && <span className="picture__credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
