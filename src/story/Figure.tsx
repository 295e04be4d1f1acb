import type { Image } from '../content/schema';
import { Picture } from './Picture';

export function Figure({ image }: { image: Image }) {
  return <Picture image={image} />;
}
