import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The content folder: stories in `stories/`, the images they use in `images/`. Apart from the
 * checks, so the pre-render workers can find images without loading the story schema.
 */
export const contentDir = path.resolve(process.env.DISPATCH_CONTENT ?? 'content');
export const storiesDir = (dir = contentDir) => path.join(dir, 'stories');
export const imagesDir = (dir = contentDir) => path.join(dir, 'images');

/** The JSON files directly in a folder, by name, and the folders beside them, from one listing; none if there is no such folder. */
export function listFolder(folder: string): { files: string[]; folders: Set<string> } {
  if (!existsSync(folder)) return { files: [], folders: new Set() };
  const entries = readdirSync(folder, { withFileTypes: true });
  return {
    files: entries
      .map((entry) => entry.name)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => path.join(folder, name)),
    folders: new Set(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)),
  };
}

/** The JSON files directly in a folder, by name; none if there is no such folder. */
export const jsonFiles = (folder: string): string[] => listFolder(folder).files;
