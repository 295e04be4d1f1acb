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

/**
 * One build of the content folder `DISPATCH_CONTENT` names (set before the first call: the
 * pipeline reads it when it loads) into `outDir`, with caches of its own in `cache`, so a clean
 * build and an incremental one share nothing. Fails if the content has errors.
 */
export async function buildWithCache(outDir: string, cache: string, full: boolean) {
  const { buildSite } = await import('../../pipeline/buildSite.ts');
  process.env.DISPATCH_CACHE_DIR = cache;
  try {
    const stats = await buildSite({ outDir, full });
    if (!stats) throw new Error('the content has errors');
    return stats;
  } finally {
    delete process.env.DISPATCH_CACHE_DIR;
  }
}
