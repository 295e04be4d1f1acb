import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Sharp } from 'sharp';
import {
  hasVariants,
  IMAGE_FORMATS,
  variantPath,
  variantWidths,
  type ImageFormat,
} from '../src/images/imageVariants.ts';
import { cacheDir } from './cacheDir.ts';

/** Encoder settings; they are part of every cache key, so changing one re-encodes everything. */
const ENCODERS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
} as const;
const CACHE_VERSION = 1;
const settingsKey = JSON.stringify({ CACHE_VERSION, ENCODERS, formats: IMAGE_FORMATS.map((f) => f.format) });

export const defaultCacheDir = cacheDir('dispatch-images');

export interface ImageStats {
  sources: number;
  variants: number;
  /** Sources encoded in this build; the others came from the cache. */
  encoded: number;
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const name = path.posix.join(prefix, entry.name);
      return entry.isDirectory() ? listFiles(dir, name) : Promise.resolve(entry.isFile() ? [name] : []);
    }),
  );
  return files.flat().sort();
}

function encode(pipeline: Sharp, format: ImageFormat): Sharp {
  switch (format.format) {
    case 'avif':
      return pipeline.avif(ENCODERS.avif);
    case 'webp':
      return pipeline.webp(ENCODERS.webp);
    case 'jpeg':
      // JPEG has no transparency: a PNG's transparent parts go white rather than black.
      return pipeline.flatten({ background: '#ffffff' }).jpeg(ENCODERS.jpeg);
  }
}

/**
 * Encodes every variant of one source into its cache folder, named `<width>.<extension>`. The
 * folder is written under a temporary name and renamed when complete, so an interrupted build
 * never leaves a half-filled entry that a later build would trust.
 */
async function encodeVariants(bytes: Buffer, folder: string): Promise<void> {
  // Loaded on first use: a build whose images are all cached never pays for it.
  const { default: sharp } = await import('sharp');
  const { autoOrient } = await sharp(bytes).metadata();
  const temporary = `${folder}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  await mkdir(temporary, { recursive: true });
  for (const width of variantWidths(autoOrient.width)) {
    // One width at a time, its formats in parallel: memory stays at a few decoded copies per image.
    const resized = sharp(bytes).autoOrient().resize({ width, withoutEnlargement: true });
    await Promise.all(
      IMAGE_FORMATS.map((format) =>
        encode(resized.clone(), format).toFile(path.join(temporary, `${width}.${format.extension}`)),
      ),
    );
  }
  await writeFile(path.join(temporary, 'complete'), '');
  await rm(folder, { recursive: true, force: true });
  await rename(temporary, folder);
}

/** Runs `task` over `items` with at most `limit` at once. */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Writes the content images into `outDir/images/`: each original under its own name, and for
 * every raster image its variants (AVIF, WebP, JPEG at the widths of src/images/imageVariants.ts).
 * Variants are cached by the source's bytes and the encoder settings, so an image that has not
 * changed costs one read and a few copies; images are shared between stories, so a site of
 * 10,000 stories encodes each picture once, ever.
 */
export async function writeImages(
  sourceDir: string,
  outDir: string,
  { cacheDir = defaultCacheDir, concurrency = availableParallelism() } = {},
): Promise<ImageStats> {
  const stats: ImageStats = { sources: 0, variants: 0, encoded: 0 };
  if (!existsSync(sourceDir)) return stats;
  const files = await listFiles(sourceDir);
  const targetDir = path.join(outDir, 'images');
  const written = new Map<string, string>(files.map((file) => [`/images/${file}`, file]));
  const claim = (sitePath: string, file: string) => {
    const other = written.get(sitePath);
    if (other !== undefined && other !== file) {
      throw new Error(`content/images: ${file} and ${other} would both be written to ${sitePath}; rename one of them`);
    }
    written.set(sitePath, file);
  };
  const jobs = files.map((file) => {
    const src = `/images/${file}`;
    return { file, src, resized: hasVariants(src) };
  });
  stats.sources = files.length;

  await pool(jobs, concurrency, async ({ file, src, resized }) => {
    const target = path.join(targetDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(path.join(sourceDir, file), target, constants.COPYFILE_FICLONE);
    if (!resized) return;
    const bytes = await readFile(path.join(sourceDir, file));
    const key = createHash('sha1').update(bytes).update(settingsKey).digest('hex');
    const folder = path.join(cacheDir, key);
    if (!existsSync(path.join(folder, 'complete'))) {
      await encodeVariants(bytes, folder);
      stats.encoded += 1;
    }
    const variants = (await readdir(folder)).filter((name) => name !== 'complete');
    for (const name of variants) {
      const [width, extension] = name.split('.');
      const format = IMAGE_FORMATS.find((f) => f.extension === extension)!;
      const sitePath = variantPath(src, Number(width), format);
      claim(sitePath, file);
      await copyFile(path.join(folder, name), path.join(outDir, sitePath), constants.COPYFILE_FICLONE);
    }
    stats.variants += variants.length;
  });
  return stats;
}
