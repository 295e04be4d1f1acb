import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** Every file of a built site (the output folder's link followed) with a hash of its bytes. */
export function siteTree(outDir: string): Record<string, string> {
  const root = realpathSync(outDir);
  const tree: Record<string, string> = {};
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const name = path.relative(root, file);
    if (entry.isDirectory()) {
      // An empty folder is a difference too: a deleted story must leave none behind.
      if (readdirSync(file).length === 0) tree[`${name}/`] = 'empty folder';
    } else tree[name] = createHash('sha1').update(readFileSync(file)).digest('hex');
  }
  return tree;
}
