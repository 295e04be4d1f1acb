import { readFileSync } from 'node:fs';
import { imageSize } from 'image-size';

const known = new Map<string, { width: number; height: number } | null>();

/**
 * An image file's size as displayed (EXIF rotation applied), read once per file and process:
 * images are shared between stories. Null for a file that is not an image we can measure.
 */
function displayedSize(file: string): { width: number; height: number } | null {
  if (!known.has(file)) {
    let size: { width: number; height: number } | null = null;
    try {
      const { width, height, orientation } = imageSize(readFileSync(file));
      size = orientation !== undefined && orientation >= 5 ? { width: height, height: width } : { width, height };
    } catch {
      size = null;
    }
    known.set(file, size);
  }
  return known.get(file)!;
}

/**
 * Why a story's image size disagrees with the file, or null when it agrees. Pages reserve the
 * image's box from these numbers and pick responsive variants by its width, so a wrong size means
 * a page that jumps when the picture arrives, or asks for variants that were never made.
 */
export function imageSizeProblem(file: string, image: { width: number; height: number }): string | null {
  const size = displayedSize(file);
  if (!size || (size.width === image.width && size.height === image.height)) return null;
  return `the image is ${size.width}×${size.height} pixels, but the story says ${image.width}×${image.height}`;
}
