import { isSafeImageSrc } from '../data/safeValues';

/** The URL an image is loaded from: the site's own images live under its base path. */
export function imageUrl(src: string): string | null {
  if (!isSafeImageSrc(src)) return null;
  return src.startsWith('/') ? `${import.meta.env.BASE_URL}${src.slice(1)}` : src;
}
