import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { variantStem } from '../src/images/imageVariants.ts';

const SOURCE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();

/**
 * The file the dev server answers an image path with. A variant (`harbour-800.avif`) is answered
 * with its original (`harbour.jpg`): encoding on every edit would slow the dev server down, and
 * browsers tell image formats by their bytes, so the page looks the same, only heavier. The
 * static build makes the real variants (pipeline/images.ts).
 */
export function devImageFile(imagesDir: string, imagePath: string): string | null {
  const file = path.join(imagesDir, imagePath);
  if (!file.startsWith(imagesDir + path.sep)) return null;
  if (isFile(file)) return file;
  const stem = variantStem(file);
  if (stem === null) return null;
  return SOURCE_EXTENSIONS.map((extension) => stem + extension).find(isFile) ?? null;
}
