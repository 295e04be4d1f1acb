import type { Image } from '../data/schema';
import { FIGURE_SIZES, Picture } from './Picture';

export type FigureDisplay = 'wide' | 'showcase' | 'thumbnail';

/**
 * How wide media.css lays a figure out by its display size: a wide one takes the rail beside the
 * text on wide screens, a showcase the byline's column too, and both the whole width of a phone;
 * a thumbnail stands beside the text at about a third of the column.
 */
const SIZES: Record<FigureDisplay, string> = {
  wide: `(min-width: 80rem) 57.5rem, ${FIGURE_SIZES}`,
  showcase: '(min-width: 80rem) 71rem, (min-width: 64rem) 51.5rem, 100vw',
  thumbnail: '(min-width: 42rem) 13rem, 40vw',
};

/** A figure shown wider or smaller than the text column. */
export function MediaFigure({ image, display }: { image: Image; display: FigureDisplay }) {
  return <Picture image={image} display={display} sizes={SIZES[display]} />;
}
