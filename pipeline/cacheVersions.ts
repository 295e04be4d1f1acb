import { mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

/**
 * The caches that hold one folder per version of the app (the story checks, ~16 KB a story, and
 * the compiled build) would otherwise gain a folder with every deploy, for good: at 10,000 stories
 * the story checks alone are 158 MB a version. A build marks the folders it uses, and once it has
 * finished removes their siblings but the last one used before it, so going back one version of
 * the app is still warm. A folder used within the hour is left alone: it may be another build's,
 * running now.
 */
const OTHERS_KEPT = 1;
const IN_USE_MS = 60 * 60 * 1000;

/** Marks a version's folder as used now (a build calls this before it reads or writes it). */
export function markUsed(dir: string, now = Date.now()): void {
  mkdirSync(dir, { recursive: true });
  const time = new Date(now);
  utimesSync(dir, time, time);
}

/** Removes the versions beside `dir` that no build needs any more; returns what it removed. */
export function removeOldVersions(dir: string, now = Date.now()): string[] {
  const parent = path.dirname(dir);
  const others = readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && path.join(parent, entry.name) !== dir)
    .map((entry) => {
      const folder = path.join(parent, entry.name);
      return { folder, used: statSync(folder).mtimeMs };
    })
    .sort((a, b) => b.used - a.used);
  const removed = others
    .slice(OTHERS_KEPT)
    .filter(({ used }) => now - used > IN_USE_MS)
    .map(({ folder }) => folder);
  for (const folder of removed) rmSync(folder, { recursive: true, force: true });
  return removed;
}
