import type { Image } from '../data/schema';
import { Picture } from './Picture';

export function LeadImage({ image }: { image: Image }) {
  return <Picture image={image} lead />;
}
