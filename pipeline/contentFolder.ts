import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The content folder: stories in `stories/`, the images they use in `images/`. Apart from the
 * checks, so the pre-render workers can find images without loading the story schema.
 */
export const contentDir = path.resolve(process.env.DISPATCH_CONTENT ?? 'content');
export const storiesDir = (dir = contentDir) => path.join(dir, 'stories');
export const imagesDir = (dir = contentDir) => path.join(dir, 'images');

/** The JSON files directly in a folder, by name; none if there is no such folder. */
export function jsonFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.join(folder, name));
}
