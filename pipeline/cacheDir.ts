import { createHash } from 'node:crypto';
import path from 'node:path';

/**
 * Where the build keeps what it can reuse next time (image variants and social cards),
 * each under `name`. `DISPATCH_CACHE_DIR` moves it, for a CI cache or a truly cold benchmark.
 */
export function cacheDir(name: string): string {
  return path.resolve(process.env.DISPATCH_CACHE_DIR ?? 'node_modules/.cache', name);
}

/**
 * Where the build writes its own working files (the pre-renderer's server bundle, the service
 * worker before its precache list): inside the project's node_modules, wherever the cache is,
 * so the packages a bundle imports resolve from it. One per output folder, so two builds into
 * different folders never collide.
 */
export function workDir(name: string, outDir: string): string {
  const build = createHash('sha1').update(outDir).digest('hex').slice(0, 8);
  return path.resolve('node_modules/.cache', `${name}-${build}`);
}
