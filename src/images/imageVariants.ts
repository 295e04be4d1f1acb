/**
 * The responsive variants of the site's own images, as the build writes them and the pages ask
 * for them: `/images/harbour.jpg` 1600px wide becomes `/images/harbour-400.avif` … `-1600.jpg`.
 * Which widths exist follows from the image's width alone, so a page needs no manifest to know
 * them; the build checks that every story gives its images' true sizes
 * (pipeline/check/imageDimensions.ts).
 */

export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;

/** Best first: a <picture> lists its sources in this order and the browser takes the first it can show. */
export const IMAGE_FORMATS = [
  { format: 'avif', type: 'image/avif', extension: 'avif' },
  { format: 'webp', type: 'image/webp', extension: 'webp' },
  { format: 'jpeg', type: 'image/jpeg', extension: 'jpg' },
] as const;

export type ImageFormat = (typeof IMAGE_FORMATS)[number];

/** The width an `<img>` without srcset support loads: enough for a phone, not a poster. */
const FALLBACK_WIDTH = 800;

const RESIZABLE = /^\/images\/[A-Za-z0-9._/-]+\.(?:jpe?g|png|webp|avif)$/i;
const VARIANT = /^(.*)-(\d+)\.(?:avif|webp|jpg)$/;

/** Local raster images get variants; SVGs, GIFs (which may be animated) and remote images do not. */
export function hasVariants(src: string): boolean {
  return RESIZABLE.test(src) && !src.includes('..');
}

/** The widths made of an image `width` pixels wide: the fixed ones below it, and never wider than it. */
export function variantWidths(width: number): number[] {
  const largest = Math.min(width, Math.max(...IMAGE_WIDTHS));
  return [...IMAGE_WIDTHS.filter((w) => w < largest), largest];
}

/** `/images/a/harbour.jpg`, 800, avif → `/images/a/harbour-800.avif`. */
export function variantPath(src: string, width: number, format: ImageFormat): string {
  return `${src.replace(/\.[^./]+$/, '')}-${width}.${format.extension}`;
}

/**
 * What a variant path was made from, without the extension the original had:
 * `/images/harbour-800.avif` → `/images/harbour`. Null for a path that is not a variant's.
 */
export function variantStem(path: string): string | null {
  return VARIANT.exec(path)?.[1] ?? null;
}

/** The width of the JPEG variant an `<img>` falls back to (its `src`), for an image `width` pixels wide. */
export function fallbackWidth(width: number): number {
  const widths = variantWidths(width);
  return widths.find((w) => w >= FALLBACK_WIDTH) ?? widths[widths.length - 1]!;
}

export interface ResponsiveSources {
  /** One <source> per modern format, best first. */
  sources: { type: string; srcSet: string }[];
  /** The <img>'s own srcset and src, in the format every browser shows. */
  srcSet: string;
  src: string;
}

/**
 * The srcsets of a <picture> for a local image, or null when it has no variants. `url` turns a
 * site path into the address the page loads it from (the base path, in the app).
 */
export function responsiveSources(
  image: { src: string; width: number },
  url: (path: string) => string,
): ResponsiveSources | null {
  if (!hasVariants(image.src)) return null;
  const widths = variantWidths(image.width);
  const srcSet = (format: ImageFormat) =>
    widths.map((w) => `${url(variantPath(image.src, w, format))} ${w}w`).join(', ');
  const [avif, webp, jpeg] = IMAGE_FORMATS;
  return {
    sources: [avif, webp].map((format) => ({ type: format.type, srcSet: srcSet(format) })),
    srcSet: srcSet(jpeg),
    src: url(variantPath(image.src, fallbackWidth(image.width), jpeg)),
  };
}
