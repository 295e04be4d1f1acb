import { imageUrl } from '../site/assetUrl';
import { responsiveSources } from './imageVariants';
import './responsiveImage.css';

interface Props {
  image: { src: string; width: number; height: number; renditions?: { width: number; src: string }[] | undefined };
  alt: string;
  /** The width the image is laid out at, as a `sizes` list: which variant is enough. */
  sizes: string;
  /** The page's main image: loaded first and at once, not when scrolled near. */
  priority?: boolean;
  className?: string;
}

const siteUrl = (path: string) => imageUrl(path) ?? path;

/**
 * An image in AVIF, WebP and JPEG at the widths the build made, each browser taking the smallest
 * that is sharp enough. Width and height reserve its box before it arrives, so nothing moves.
 * Remote images are shown as they are, or at the widths their CDN offers (the story's renditions).
 */
export function ResponsiveImage({ image, alt, sizes, priority = false, className }: Props) {
  const src = imageUrl(image.src);
  if (!src) return null;
  const variants = responsiveSources(image, siteUrl);
  // A remote image offers the sizes its CDN makes, when the story lists them.
  const srcSet = variants?.srcSet ?? image.renditions?.map(({ width, src }) => `${src} ${width}w`).join(', ');
  const img = (
    <img
      className={className}
      src={variants?.src ?? src}
      srcSet={srcSet}
      sizes={srcSet ? sizes : undefined}
      alt={alt}
      width={image.width}
      height={image.height}
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
      decoding={priority ? 'auto' : 'async'}
    />
  );
  if (!variants) return img;
  return (
    <picture className="responsive-image">
      {variants.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={sizes} />
      ))}
      {img}
    </picture>
  );
}
