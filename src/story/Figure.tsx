import type { Image } from '../data/schema';
import { Picture } from './Picture';

export function Figure({ image }: { image: Image }) {
  return <Picture image={image} />;
}
