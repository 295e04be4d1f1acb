import type { Image } from '../content/schema';
import { Picture } from './Picture';

export function LeadImage({ image }: { image: Image }) {
  return <Picture image={image} lead />;
}
