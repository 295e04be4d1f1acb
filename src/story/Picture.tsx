import type { Image } from '../content/schema';
import { imageUrl } from '../site/assetUrl';
import { RichText } from './RichText';

/** An image with its caption and credit, used for the lead image and for figures in the body. */
export function Picture({ image, lead = false }: { image: Image; lead?: boolean }) {
  const src = imageUrl(image.src);
  return (
    <figure className={lead ? 'picture picture--lead' : 'picture'}>
      {src && (
        <img
          src={src}
          alt={image.alt}
          width={image.width}
          height={image.height}
          loading={lead ? 'eager' : 'lazy'}
          fetchPriority={lead ? 'high' : 'auto'}
          decoding="async"
        />
      )}
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption && <RichText text={image.caption} />}
          {image.credit && <span className="picture__credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
